package org.rasp4j.processor.fuzz;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Constructs the program generator leaves out while the processor still gets them wrong. Each is
 * off unless named in {@code -Drasp4j.fuzz.defects=a,b,...} ({@code all} turns every one on); once
 * the processor handles a construct, its switch goes on by default and then away.
 */
enum KnownDefects {
  /** {@code c ? 'a' : 1} in a function: Java types it {@code char}. */
  MIXED_TERNARY,
  /** Overloaded helpers and function methods ({@code g(int)} beside {@code g(char)}). */
  OVERLOADS,
  /** {@code ==} between two boxed lambda parameters (reference comparison in Java). */
  BOXED_EQUALITY,
  /** Assignments that convert ({@code double d = 0; d = 1;}) and compound ones that narrow. */
  ASSIGNMENT_CONVERSIONS,
  /** {@code &&} whose right operand fails when the left one is false. */
  SHORT_CIRCUIT,
  /**
   * A function's divisor that reads its parameter: on a constant Sop the processor folds it, and a
   * zero divisor then becomes {@code 2 % 0} in the generated source, which javac's divzero lint
   * rejects under {@code -Werror}.
   */
  FOLDED_ZERO_DIVISOR,
  /**
   * {@code a.equals(b)} with a {@code Character} and an {@code Integer}: valid Java (always false)
   * that the processor rejects as a type error.
   */
  MIXED_TYPE_EQUALS;

  private static final Set<String> ENABLED =
      Arrays.stream(System.getProperty("rasp4j.fuzz.defects", "").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toSet());

  /** Whether the generator may use this construct. */
  boolean enabled() {
    return ENABLED.contains("all") || ENABLED.contains(name().toLowerCase(java.util.Locale.ROOT));
  }
}
