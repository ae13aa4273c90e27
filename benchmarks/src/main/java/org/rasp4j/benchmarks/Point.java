package org.rasp4j.benchmarks;

/** One cell of the suite: a program computed by one implementation on inputs of length n. */
public record Point(String program, Implementation implementation, int n, Outcome outcome) {
  /** The time per call in nanoseconds, or NaN when it was not measured. */
  public double nanos() {
    return outcome instanceof Outcome.Measured m ? m.nanosPerCall() : Double.NaN;
  }
}
