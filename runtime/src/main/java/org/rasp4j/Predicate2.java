package org.rasp4j;

import java.io.Serializable;

/**
 * A selector predicate: query position i selects key position j when {@code test(key[j],
 * query[i])} holds. The key comes first, as in RASP.
 *
 * @param <K> the keys' type
 * @param <Q> the queries' type
 */
@FunctionalInterface
public interface Predicate2<K, Q> extends Serializable {
  /**
   * {@return whether the query position selects the key position}
   *
   * @param key the value at the key position
   * @param query the value at the query position
   */
  boolean test(K key, Q query);
}
