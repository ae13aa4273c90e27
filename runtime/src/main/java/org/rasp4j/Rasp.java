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
 * Library}; the operations of one sequence ({@code plus}, {@code eq}, {@code map}, ...) are on
 * {@link Sop}, those of an attention pattern on {@link Selector}.
 *
 * <p>The primitives: sequences ({@link #tokens}, {@link #indices}, {@link #constant}), elementwise
 * operations ({@link #where}, {@link #zip}, and {@link Sop}'s methods), which never cost a layer,
 * and attention: a selector ({@link #key}{@code (k).lt(}{@link #query}{@code (q))}, or {@link
 * #select} with any predicate), then an aggregate ({@link Selector#value}). The key is the left
 * operand of a selector's predicate: query position i selects key position j when {@code k[j] <
 * q[i]}.
 *
 * <pre>{@code
 * import static org.rasp4j.Rasp.*;
 *
 * Sop<Character> tokens = tokens(CHAR);
 * Sop<Integer> length = key(1).eq(query(1)).width();               // n at every position
 * Sop<Character> flip = key(indices()).eq(query(length.minus(indices()).minus(1)))
 *     .value(tokens);                                               // the tokens reversed
 * Interpreter.evaluate(flip.node(), Input.of("abc"));               // [c, b, a]
 * }</pre>
 */
public final class Rasp {
  private Rasp() {}

  /** Ints: 32-bit, with overflow-checked arithmetic and flooring division. */
  public static final ValueType<Integer> INT = ValueType.INT;

  /** Booleans, which are not numbers ({@link Sop#toInt()} turns them into 1 and 0). */
  public static final ValueType<Boolean> BOOL = ValueType.BOOL;

  /** Chars: one UTF-16 code unit each, as character tokens are. */
  public static final ValueType<Character> CHAR = ValueType.CHAR;

  /** Doubles. */
  public static final ValueType<Double> DOUBLE = ValueType.DOUBLE;

  /** Strings. */
  public static final ValueType<String> STRING = ValueType.STRING;

  /**
   * The input sequence, for a program written outside a method (in jshell, say). A {@code
   * RaspProgram} method gets its tokens as its parameter instead.
   *
   * @param <T> the tokens' Java type
   * @param type {@link #CHAR} or {@link #INT}, the token types an {@code Input} holds
   * @return the tokens, a sequence at layer 0
   */
  public static <T> Sop<T> tokens(ValueType<T> type) {
    return Sop.wrap(new Tokens(type.element()));
  }

  /** {@return the positions 0, 1, ..., n-1, a sequence at layer 0} */
  public static Sop<Integer> indices() {
    return Sop.wrap(new Indices());
  }

  /**
   * {@return a constant as a sequence: the same value at every position}
   *
   * @param <T> the value's type
   * @param value an int, boolean, char, double or String, not null
   * @throws IllegalArgumentException for null or a value of another type
   */
  public static <T> Sop<T> constant(T value) {
    return Sop.wrap(Sop.constantNode(value));
  }

  // ---- selectors ----

  /**
   * {@return the key side of a selector} Complete it with a comparison and a query: {@code
   * key(k).lt(query(q))} lets query position i select key position j when {@code k[j] < q[i]}.
   *
   * @param <T> the keys' type
   * @param keys the sequence read at each key position
   */
  public static <T> Key<T> key(Sop<T> keys) {
    return new Key<>(keys.node());
  }

  /**
   * {@return a constant key, broadcast to every position} {@code key(1).eq(query(1))} selects
   * every key position for every query.
   *
   * @param <T> the constant's type
   * @param constant an int, boolean, char, double or String, not null
   * @throws IllegalArgumentException for null or a value of another type
   */
  public static <T> Key<T> key(T constant) {
    return new Key<>(Sop.constantNode(constant));
  }

  /**
   * {@return the query side of a selector, the right operand of {@link Key}'s comparisons}
   *
   * @param <T> the queries' type
   * @param queries the sequence read at each query position
   */
  public static <T> Query<T> query(Sop<T> queries) {
    return new Query<>(queries.node());
  }

  /**
   * {@return a constant query, broadcast to every position}
   *
   * @param <T> the constant's type
   * @param constant an int, boolean, char, double or String, not null
   * @throws IllegalArgumentException for null or a value of another type
   */
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
   *
   * @param <K> the keys' type
   * @param <Q> the queries' type
   * @param keys the sequence read at each key position: the predicate's first argument
   * @param queries the sequence read at each query position: the predicate's second argument
   * @param predicate whether a query selects a key; it must not return null
   * @return the selector
   */
  public static <K, Q> Selector select(
      Sop<K> keys, Sop<Q> queries, Predicate2<? super K, ? super Q> predicate) {
    return new Selector(new Select(keys.node(), queries.node(), new Lambda(predicate, "select")));
  }

  // ---- elementwise ----

  /**
   * {@return at each position, {@code then} where {@code condition} holds, else {@code
   * otherwise}} Elementwise.
   *
   * @param <T> the values' type
   * @param condition the choice per position
   * @param then the value where the condition holds
   * @param otherwise the value where it does not
   */
  public static <T> Sop<T> where(Sop<Boolean> condition, Sop<T> then, Sop<T> otherwise) {
    return where3(condition.node(), then.node(), otherwise.node());
  }

  /**
   * {@return at each position, the constant {@code then} where {@code condition} holds, else
   * {@code otherwise}}
   *
   * @param <T> the values' type
   * @param condition the choice per position
   * @param then the value where the condition holds, not null
   * @param otherwise the value where it does not
   */
  public static <T> Sop<T> where(Sop<Boolean> condition, T then, Sop<T> otherwise) {
    return where3(condition.node(), Sop.constantNode(then), otherwise.node());
  }

  /**
   * {@return at each position, {@code then} where {@code condition} holds, else the constant
   * {@code otherwise}}
   *
   * @param <T> the values' type
   * @param condition the choice per position
   * @param then the value where the condition holds
   * @param otherwise the value where it does not, not null
   */
  public static <T> Sop<T> where(Sop<Boolean> condition, Sop<T> then, T otherwise) {
    return where3(condition.node(), then.node(), Sop.constantNode(otherwise));
  }

  /**
   * {@return at each position, the constant {@code then} where {@code condition} holds, else the
   * constant {@code otherwise}}
   *
   * @param <T> the values' type
   * @param condition the choice per position
   * @param then the value where the condition holds, not null
   * @param otherwise the value where it does not, not null
   */
  public static <T> Sop<T> where(Sop<Boolean> condition, T then, T otherwise) {
    return where3(condition.node(), Sop.constantNode(then), Sop.constantNode(otherwise));
  }

  /**
   * {@return {@code function} of two Sops, position by position} Its parameters are boxed values,
   * so compare them with {@code equals}, not {@code ==} (see {@link Sop#map}).
   *
   * @param <A> the first Sop's type
   * @param <B> the second Sop's type
   * @param <R> the result's type
   * @param resultType the result's type, as a value
   * @param a the first argument's sequence
   * @param b the second argument's sequence
   * @param function the function; a result that is null or not of {@code resultType} is a {@link
   *     RaspException} when the program runs
   */
  public static <A, B, R> Sop<R> zip(
      ValueType<R> resultType, Sop<A> a, Sop<B> b, Fn2<? super A, ? super B, ? extends R> function) {
    return Sop.wrap(
        new Elementwise(
            resultType.element(), new Lambda(function, "zip"), List.of(a.node(), b.node())));
  }

  /**
   * {@return {@code function} of three Sops, position by position} Its parameters are boxed
   * values, so compare them with {@code equals}, not {@code ==} (see {@link Sop#map}).
   *
   * @param <A> the first Sop's type
   * @param <B> the second Sop's type
   * @param <C> the third Sop's type
   * @param <R> the result's type
   * @param resultType the result's type, as a value
   * @param a the first argument's sequence
   * @param b the second argument's sequence
   * @param c the third argument's sequence
   * @param function the function; a result that is null or not of {@code resultType} is a {@link
   *     RaspException} when the program runs
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

  /**
   * {@return {@code function} of any number of Sops, given one row (a value per Sop, in the list's
   * order) per position}
   *
   * @param <R> the result's type
   * @param resultType the result's type, as a value
   * @param sops the arguments' sequences
   * @param function the function; a result that is null or not of {@code resultType} is a {@link
   *     RaspException} when the program runs
   */
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
