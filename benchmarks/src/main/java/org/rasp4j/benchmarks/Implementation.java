package org.rasp4j.benchmarks;

/** What computes a program in a benchmark: the three things the suite sets side by side. */
public enum Implementation {
  /** The evaluator class rasp4j's processor wrote for the program. */
  GENERATED("generated"),
  /** The reference interpreter ({@code Program.run}). */
  INTERPRETER("interpreter"),
  /** Plain Java written by hand for the same function. */
  HAND_WRITTEN("hand-written");

  private final String label;

  Implementation(String label) {
    this.label = label;
  }

  /** The name in the report and the JMH benchmark method's name, camel-cased. */
  public String label() {
    return label;
  }

  /** The {@link ProgramBenchmark} method that measures this implementation. */
  public String benchmarkMethod() {
    return switch (this) {
      case GENERATED -> "generated";
      case INTERPRETER -> "interpreter";
      case HAND_WRITTEN -> "handWritten";
    };
  }
}
