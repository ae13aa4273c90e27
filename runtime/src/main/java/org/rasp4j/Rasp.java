package org.rasp4j;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Lambda;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * The RASP language: import it statically ({@code import static org.rasp4j.Rasp.*;}) and write
 * programs as in the blog. The standard library ({@code length}, {@code shift}, ...) is {@link
 * Library}.
 */
public final class Rasp {
  private Rasp() {}

  public static final ValueType<Integer> INT = ValueType.INT;
  public static final ValueType<Boolean> BOOL = ValueType.BOOL;
  public static final ValueType<Character> CHAR = ValueType.CHAR;
  public static final ValueType<Double> DOUBLE = ValueType.DOUBLE;
  public static final ValueType<String> STRING = ValueType.STRING;

  /**
   * The input sequence, for a program written outside a method (in jshell, say). A {@code
   * RaspProgram} method gets its tokens as its parameter instead.
   */
  public static <T> Sop<T> tokens(ValueType<T> type) {
    return Sop.wrap(new Tokens(type.element()));
  }

  /** The positions 0, 1, ..., n-1. */
  public static Sop<Integer> indices() {
    return Sop.wrap(new Indices());
  }

  /** A constant as a sequence: the same value at every position. */
  public static <T> Sop<T> constant(T value) {
    return Sop.wrap(Sop.constantNode(value));
  }

  // ---- selectors ----

  public static <T> Key<T> key(Sop<T> keys) {
    return new Key<>(keys.node());
  }

  /** A constant key, broadcast to every position: {@code key(1).eq(query(1))} selects all. */
  public static <T> Key<T> key(T constant) {
    return new Key<>(Sop.constantNode(constant));
  }

  public static <T> Query<T> query(Sop<T> queries) {
    return new Query<>(queries.node());
  }

  /** A constant query, broadcast to every position. */
  public static <T> Query<T> query(T constant) {
    return new Query<>(Sop.constantNode(constant));
  }

  /**
   * A selector from any predicate: query position i selects key position j when {@code
   * predicate.test(keys[j], queries[i])}.
   *
   * <p>The predicate's parameters are boxed values: {@code (k, q) -> k == q} compares references,
   * not values (two equal Integers above 127 are usually different objects). Write {@code
   * k.equals(q)}, or {@code eq} selectors ({@code key(keys).eq(query(queries))}); the annotation
   * processor rejects {@code ==} and {@code !=} between two boxed operands.
   */
  public static <K, Q> Selector select(
      Sop<K> keys, Sop<Q> queries, Predicate2<? super K, ? super Q> predicate) {
    return new Selector(new Select(keys.node(), queries.node(), new Lambda(predicate, "select")));
  }

  // ---- elementwise ----

  /** {@code then} where {@code condition} holds, else {@code otherwise}. */
  public static <T> Sop<T> where(Sop<Boolean> condition, Sop<T> then, Sop<T> otherwise) {
    return where3(condition.node(), then.node(), otherwise.node());
  }

  public static <T> Sop<T> where(Sop<Boolean> condition, T then, Sop<T> otherwise) {
    return where3(condition.node(), Sop.constantNode(then), otherwise.node());
  }

  public static <T> Sop<T> where(Sop<Boolean> condition, Sop<T> then, T otherwise) {
    return where3(condition.node(), then.node(), Sop.constantNode(otherwise));
  }

  public static <T> Sop<T> where(Sop<Boolean> condition, T then, T otherwise) {
    return where3(condition.node(), Sop.constantNode(then), Sop.constantNode(otherwise));
  }

  /**
   * {@code function} of two Sops, position by position. Its parameters are boxed values, so
   * compare them with {@code equals}, not {@code ==} (see {@link Sop#map}).
   */
  public static <A, B, R> Sop<R> zip(
      ValueType<R> resultType, Sop<A> a, Sop<B> b, Fn2<? super A, ? super B, ? extends R> function) {
    return Sop.wrap(
        new Elementwise(
            resultType.element(), new Lambda(function, "zip"), List.of(a.node(), b.node())));
  }

  /**
   * {@code function} of three Sops, position by position. Its parameters are boxed values, so
   * compare them with {@code equals}, not {@code ==} (see {@link Sop#map}).
   */
  public static <A, B, C, R> Sop<R> zip(
      ValueType<R> resultType,
      Sop<A> a,
      Sop<B> b,
      Sop<C> c,
      Fn3<? super A, ? super B, ? super C, ? extends R> function) {
    return Sop.wrap(
        new Elementwise(
            resultType.element(),
            new Lambda(function, "zip"),
            List.of(a.node(), b.node(), c.node())));
  }

  /** {@code function} of any number of Sops, given one row (a value per Sop) per position. */
  public static <R> Sop<R> zip(
      ValueType<R> resultType, List<? extends Sop<?>> sops, FnN<? extends R> function) {
    List<SopNode> nodes = new ArrayList<>();
    for (Sop<?> sop : sops) {
      nodes.add(sop.node());
    }
    return Sop.wrap(new Elementwise(resultType.element(), new Lambda(function, "zip"), nodes));
  }

  private static <T> Sop<T> where3(SopNode condition, SopNode then, SopNode otherwise) {
    return Sop.wrap(Elementwise.of(Builtin.WHERE, condition, then, otherwise));
  }
}
