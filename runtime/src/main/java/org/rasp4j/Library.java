package org.rasp4j;

import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

/**
 * The standard library: the building blocks the blog, the RASP paper and tracr re-use, written in
 * the DSL itself (no lambdas, so the annotation processor can call them on symbolic inputs).
 *
 * <pre>{@code
 * import static org.rasp4j.Library.*;
 *
 * Sop<Character> tokens = tokens(CHAR);
 * length().eval("abc");                           // [3, 3, 3]
 * shift(1, '_', tokens).eval("abc");              // [_, a, b]
 * cumsum(tokens.eq('a').toInt()).eval("aba");     // [1, 1, 2]
 * sort(tokens, tokens).eval("cab");               // [a, b, c]
 * }</pre>
 *
 * <p>Under the causal mask ({@link Sop#causal()}, {@code @RaspProgram(causal = true)}) every
 * head sees its own position and the ones before. Helpers that only look back keep their meaning
 * on the prefix: {@code length} is the prefix's length, {@code cumsum} and {@code fracPrevs} are
 * unchanged, {@code shift} by a positive amount still gives the earlier token, a selector width
 * counts the keys so far. Helpers that need the whole input lose it: {@code shift} to the left
 * sees only the fill, {@code index(i, ...)} has no value before position i (the type's zero),
 * and {@code minimum} and {@code sort} rank each token among the ones so far and then look for
 * ranks the prefix does not have: their results are not the prefix's minimum or sorted sequence
 * (a sum of several tokens, the type's zero, or a "cannot sum" error for characters). There are no
 * causal variants: write what a decoder can compute, as the RASP-L programs do.
 */
public final class Library {
  private Library() {}

  /** {@return the input's length at every position} One head: select all, sum 1s. */
  public static Sop<Integer> length() {
    return key(1).eq(query(1)).value(1).named("length");
  }

  /** {@return the selector in which every query selects every key} */
  public static Selector selectAll() {
    return key(1).eq(query(1));
  }

  /**
   * {@return the selector of the keys strictly before the query: {@code key(indices) <
   * query(indices)}} Query 0 selects nothing.
   */
  public static Selector before() {
    return key(indices()).lt(query(indices()));
  }

  /**
   * {@return the selector of the keys up to and including the query: {@code key(indices) <=
   * query(indices)}}
   */
  public static Selector upToSelf() {
    return key(indices()).le(query(indices()));
  }

  /**
   * {@return the value at position {@code i}, at every position} The blog's challenge 1. Where the
   * input has no position {@code i}, it is the zero of the type.
   *
   * @param <T> the values' type
   * @param i the position to read
   * @param seq the values
   */
  public static <T> Sop<T> index(int i, Sop<T> seq) {
    return key(indices()).eq(query(i)).value(seq).named("index");
  }

  /**
   * {@return {@code seq} moved {@code i} positions right (left for a negative {@code i}), {@code
   * fill} where nothing arrives} The blog's {@code shift}: position p gets {@code seq[p - i]}.
   *
   * @param <T> the values' type
   * @param i how far to move
   * @param fill the value of the positions nothing arrives at
   * @param seq the values
   * @throws IllegalArgumentException for a null fill
   */
  public static <T> Sop<T> shift(int i, T fill, Sop<T> seq) {
    return key(indices()).eq(query(indices().minus(i))).value(seq, fill).named("shift");
  }

  /**
   * {@return the running sum: at position i, {@code seq[0] + ... + seq[i]}} The blog's {@code
   * (before | key(indices) == query(indices)).value(seq)}; a sum that overflows an int is a {@link
   * RaspException} when the program runs.
   *
   * @param seq the values
   */
  public static Sop<Integer> cumsum(Sop<Integer> seq) {
    return before().or(key(indices()).eq(query(indices()))).value(seq).named("cumsum");
  }

  /**
   * {@return the smallest value, at every position} The blog's challenge 3, two layers.
   *
   * @param <T> the values' type
   * @param seq the values, of a type with an order
   * @throws IllegalArgumentException for booleans, which have no order
   */
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
   *
   * @param selector the selector whose width to count, over positions 1 and later
   * @return how many key positions after position 0 each query selects
   */
  public static Sop<Integer> widthWithBos(Selector selector) {
    Selector withBos = selector.or(key(indices()).eq(query(0)));
    Sop<Double> fraction = withBos.mean(indices().eq(0).toInt());
    return constant(1.0).div(fraction).minus(1.0).round().named("width");
  }

  /**
   * The fraction of positions up to each one where {@code bools} holds (tracr's and the RASP
   * paper's {@code frac_prevs}).
   *
   * @param bools the condition
   * @return at position i, the fraction of positions 0..i where {@code bools} holds
   */
  public static Sop<Double> fracPrevs(Sop<Boolean> bools) {
    return upToSelf().mean(bools.toInt(), 0.0).named("frac_prevs");
  }

  /**
   * {@code values} sorted by {@code keys}, ties in input order (the RASP library's {@code sort}:
   * two layers, selector width then one head).
   *
   * @param <V> the values' type
   * @param <K> the keys' type, which has an order
   * @param values what to sort
   * @param keys what to sort by, a key per value
   * @return the values in the order of their keys
   * @throws IllegalArgumentException for boolean keys, which have no order
   */
  public static <V, K> Sop<V> sort(Sop<V> values, Sop<K> keys) {
    Selector earlier =
        key(keys).lt(query(keys))
            .or(key(keys).eq(query(keys)).and(before()));
    Sop<Integer> target = earlier.width().named("target_pos");
    return key(target).eq(query(indices())).value(values).named("sort");
  }

  /**
   * {@return {@code values} sorted by {@code keys}, which must be unique} tracr's {@code
   * make_sort_unique}; two equal keys leave a position nothing arrives at, which gets the zero of
   * the type, and one that two values arrive at, which sums them (an error for values that are no
   * numbers).
   *
   * @param <V> the values' type
   * @param <K> the keys' type, which has an order
   * @param values what to sort
   * @param keys what to sort by, a distinct key per value
   * @throws IllegalArgumentException for boolean keys, which have no order
   */
  public static <V, K> Sop<V> sortUnique(Sop<V> values, Sop<K> keys) {
    Sop<Integer> target = key(keys).lt(query(keys)).width().named("target_pos");
    return key(target).eq(query(indices())).value(values).named("sort");
  }
}
