package org.rasp4j.transformer.fuzz;

import java.util.List;
import org.rasp4j.Fn1;
import org.rasp4j.Predicate2;

/**
 * The fixed lambdas the generator gives {@code map} and {@code select}, each with its source text
 * for the description. Fixed (static) so that a program's text is its behaviour: some throw (a
 * division by zero) or are partial on purpose, to reach the interpreter's errors.
 */
final class Functions {
  private Functions() {}

  /**
   * A function and the text that writes it.
   *
   * @param <F> the DSL functional interface
   * @param function the function
   * @param text its Java source
   */
  record Named<F>(F function, String text) {}

  static final List<Named<Fn1<Integer, Integer>>> INT_TO_INT = List.of(
      new Named<>(x -> x * x, "x -> x * x"),
      new Named<>(x -> x / 2, "x -> x / 2"),
      new Named<>(x -> Math.abs(x), "x -> Math.abs(x)"),
      new Named<>(x -> 6 / x, "x -> 6 / x"),  // throws at 0: an interpreter error
      new Named<>(x -> Math.floorMod(x, 3), "x -> Math.floorMod(x, 3)"));

  static final List<Named<Fn1<Character, Integer>>> CHAR_TO_INT = List.of(
      new Named<>(c -> c - 'a', "c -> c - 'a'"),
      new Named<>(c -> (int) c, "c -> (int) c"));

  static final List<Named<Fn1<Boolean, Integer>>> BOOL_TO_INT = List.of(
      new Named<>(b -> b ? 3 : -1, "b -> b ? 3 : -1"));

  static final List<Named<Fn1<Integer, Character>>> INT_TO_CHAR = List.of(
      new Named<>(x -> (char) ('a' + Math.floorMod(x, 3)), "x -> (char) ('a' + Math.floorMod(x, 3))"),
      new Named<>(x -> x > 0 ? 'p' : 'n', "x -> x > 0 ? 'p' : 'n'"));

  static final List<Named<Fn1<Character, Character>>> CHAR_TO_CHAR = List.of(
      new Named<>(c -> c == 'a' ? 'b' : c, "c -> c == 'a' ? 'b' : c"),
      new Named<>(c -> (char) (c + 1), "c -> (char) (c + 1)"));

  static final List<Named<Fn1<Character, Boolean>>> CHAR_TO_BOOL = List.of(
      new Named<>(c -> c == 'a', "c -> c == 'a'"),
      new Named<>(c -> c > 'b', "c -> c > 'b'"));

  static final List<Named<Fn1<Integer, Boolean>>> INT_TO_BOOL = List.of(
      new Named<>(x -> x % 2 == 0, "x -> x % 2 == 0"),
      new Named<>(x -> x > 0, "x -> x > 0"));

  static final List<Named<Fn1<Double, Double>>> DOUBLE_TO_DOUBLE = List.of(
      new Named<>(d -> d / 2, "d -> d / 2"),
      new Named<>(d -> d * d, "d -> d * d"),
      new Named<>(d -> Math.floor(d), "d -> Math.floor(d)"));

  /** Predicates on any two values: they read only {@code toString} and {@code equals}. */
  static final List<Named<Predicate2<Object, Object>>> ANY_PREDICATE = List.of(
      new Named<>((k, q) -> k.toString().compareTo(q.toString()) <= 0,
          "(k, q) -> k.toString().compareTo(q.toString()) <= 0"),
      new Named<>((k, q) -> !k.equals(q), "(k, q) -> !k.equals(q)"));

  static final List<Named<Predicate2<Integer, Integer>>> INT_PREDICATE = List.of(
      new Named<>((k, q) -> (k + q) % 2 == 0, "(k, q) -> (k + q) % 2 == 0"),
      new Named<>((k, q) -> k / q > 0, "(k, q) -> k / q > 0"),  // throws at q = 0
      new Named<>((k, q) -> Math.abs(k - q) <= 1, "(k, q) -> Math.abs(k - q) <= 1"));
}
