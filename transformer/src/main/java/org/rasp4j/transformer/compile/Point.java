package org.rasp4j.transformer.compile;

/**
 * A value the attention output of a head can take ({@code t}), and the SOp value it stands for
 * ({@link Views#ERROR} where the interpreter raises an error).
 *
 * @param t the attention output
 * @param value the decoded value
 */
record Point(double t, Object value) {}
