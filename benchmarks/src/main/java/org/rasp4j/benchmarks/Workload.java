package org.rasp4j.benchmarks;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.samples.Catalog;

/**
 * One sample program as the suite measures it: its token type, how inputs of length n are drawn
 * (valid for its vocabulary and the domain its construction is exact on), its generated evaluator
 * and a hand-written Java function computing the same thing on that domain.
 *
 * @param program the catalog name ({@code add}, {@code hist_bos})
 * @param tokenType the token type measured (a generic program is measured on one)
 * @param maxLength the longest input on which the program is exact ({@code Integer.MAX_VALUE}:
 *     any)
 * @param domain what the inputs are, in words, for the report
 * @param inputs draws the tokens ({@code char[]} or {@code int[]}) of length n
 * @param generated calls the generated evaluator on the tokens
 * @param handWritten the plain-Java function on the tokens
 */
public record Workload(
    String program,
    ElementType tokenType,
    int maxLength,
    String domain,
    BiFunction<Integer, SplittableRandom, Object> inputs,
    Function<Object, Object> generated,
    Function<Object, Object> handWritten) {

  /** A program on characters. */
  static Workload chars(
      String program,
        int maxLength,
      String domain,
      BiFunction<Integer, SplittableRandom, char[]> inputs,
      Function<char[], Object> generated,
      Function<char[], Object> handWritten) {
    return new Workload(
        program, ElementType.CHAR, maxLength, domain, inputs::apply,
        tokens -> generated.apply((char[]) tokens), tokens -> handWritten.apply((char[]) tokens));
  }

  /** A program on ints. */
  static Workload ints(
      String program,
        int maxLength,
      String domain,
      BiFunction<Integer, SplittableRandom, int[]> inputs,
      Function<int[], Object> generated,
      Function<int[], Object> handWritten) {
    return new Workload(
        program, ElementType.INT, maxLength, domain, inputs::apply,
        tokens -> generated.apply((int[]) tokens), tokens -> handWritten.apply((int[]) tokens));
  }

  /** The tokens of length {@code n} drawn from {@code seed}: the same every time. */
  public Object tokens(int n, long seed) {
    if (n < 0 || n > maxLength) {
      throw new IllegalArgumentException(
          program + " is measured on lengths 0.." + maxLength + ", not " + n);
    }
    return inputs.apply(n, new SplittableRandom(seed));
  }

  /** Whether the suite measures this program at length {@code n}. */
  public boolean covers(int n) {
    return n >= 0 && n <= maxLength;
  }

  /** The catalog's program (the interpreter's side). */
  public Program catalogProgram() {
    return Catalog.find(program)
        .orElseThrow(() -> new IllegalStateException("no sample program " + program));
  }

  /** The tokens as the interpreter's input. */
  public static Input input(Object tokens) {
    if (tokens instanceof char[] chars) {
      return Input.of(new String(chars));
    }
    int[] ints = (int[]) tokens;
    return Input.of(ints);
  }

  /** A primitive result array as the interpreter's list of boxed values. */
  public static List<Object> boxed(Object array) {
    int length = Array.getLength(array);
    List<Object> values = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      values.add(Array.get(array, i));
    }
    return values;
  }
}
