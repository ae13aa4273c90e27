package org.rasp4j.transformer.compile;

/**
 * A part of a head's selector that reads one key side and one query side: {@code selects[k][q]}
 * says whether a key whose side holds entry k is selected by a query whose side holds entry q.
 * A head's selector is the conjunction of its groups: each adds the head's scale to the score of
 * the keys it selects, and the head attends to the keys that every group selects.
 */
record Group(Side keys, Side queries, boolean[][] selects) {}
