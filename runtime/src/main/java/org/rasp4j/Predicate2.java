package org.rasp4j;

import java.io.Serializable;

/**
 * A selector predicate: query position i selects key position j when {@code test(key[j],
 * query[i])} holds. The key comes first, as in RASP.
 */
@FunctionalInterface
public interface Predicate2<K, Q> extends Serializable {
  boolean test(K key, Q query);
}
