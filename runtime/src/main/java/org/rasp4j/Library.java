package org.rasp4j;

import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

/**
 * The standard library: the building blocks the blog, the RASP paper and tracr re-use, written in
 * the DSL itself (no lambdas, so the annotation processor can call them on symbolic inputs).
 */
public final class Library {
  private Library() {}

  /** The input's length at every position (one head: select all, sum 1s). */
  public static Sop<Integer> length() {
    return key(1).eq(query(1)).value(1).named("length");
  }

  /** Every query selects every key. */
  public static Selector selectAll() {
    return key(1).eq(query(1));
  }

  /** Keys strictly before the query: {@code key(indices) < query(indices)}. */
  public static Selector before() {
    return key(indices()).lt(query(indices()));
  }

  /** Keys up to and including the query: {@code key(indices) <= query(indices)}. */
  public static Selector upToSelf() {
    return key(indices()).le(query(indices()));
  }

  /** The value at position {@code i}, everywhere (blog challenge 1). */
  public static <T> Sop<T> index(int i, Sop<T> seq) {
    return key(indices()).eq(query(i)).value(seq).named("index");
  }

  /** {@code seq} moved {@code i} positions right, {@code fill} where nothing arrives (blog). */
  public static <T> Sop<T> shift(int i, T fill, Sop<T> seq) {
    return key(indices()).eq(query(indices().minus(i))).value(seq, fill).named("shift");
  }

  /** Running sum: the blog's {@code (before | key(indices) == query(indices)).value(seq)}. */
  public static Sop<Integer> cumsum(Sop<Integer> seq) {
    return before().or(key(indices()).eq(query(indices()))).value(seq).named("cumsum");
  }

  /** The smallest value, everywhere (blog challenge 3, two layers). */
  public static <T> Sop<T> minimum(Sop<T> seq) {
    Selector sel1 = before().and(key(seq).eq(query(seq)));
    Selector sel2 = key(seq).lt(query(seq));
    Sop<Integer> less = sel1.or(sel2).value(1).named("less");
    return key(less).eq(query(0)).value(seq).named("min");
  }

  /**
   * Selector width in one head, for inputs that start with a BOS token: the mean of {@code indices
   * == 0} over {@code selector or key-position-0} is 1/(width+1) (the RASP paper's {@code
   * _with_bos_selector_width}; position 0 itself is never counted).
   */
  public static Sop<Integer> widthWithBos(Selector selector) {
    Selector withBos = selector.or(key(indices()).eq(query(0)));
    Sop<Double> fraction = withBos.mean(indices().eq(0).toInt());
    return constant(1.0).div(fraction).minus(1.0).round().named("width");
  }

  /**
   * The fraction of positions up to each one where {@code bools} holds (tracr's and the RASP
   * paper's {@code frac_prevs}).
   */
  public static Sop<Double> fracPrevs(Sop<Boolean> bools) {
    return upToSelf().mean(bools.toInt(), 0.0).named("frac_prevs");
  }

  /**
   * {@code values} sorted by {@code keys}, ties in input order (the RASP library's {@code sort}:
   * two layers, selector width then one head).
   */
  public static <V, K> Sop<V> sort(Sop<V> values, Sop<K> keys) {
    Selector earlier =
        key(keys).lt(query(keys))
            .or(key(keys).eq(query(keys)).and(before()));
    Sop<Integer> target = earlier.width().named("target_pos");
    return key(target).eq(query(indices())).value(values).named("sort");
  }

  /** {@code values} sorted by unique {@code keys} (tracr's {@code make_sort_unique}). */
  public static <V, K> Sop<V> sortUnique(Sop<V> values, Sop<K> keys) {
    Sop<Integer> target = key(keys).lt(query(keys)).width().named("target_pos");
    return key(target).eq(query(indices())).value(values).named("sort");
  }
}
