package org.rasp4j.benchmarks;

/** What the suite got for one program, implementation and length: a time, or why not. */
public sealed interface Outcome {
  /** JMH's average time per call, with its error (99.9% confidence half-width, NaN if unknown). */
  record Measured(double nanosPerCall, double errorNanos) implements Outcome {}

  /** Not measured: predicted too slow, outside the program's domain, or failed; said in words. */
  record Skipped(String reason) implements Outcome {}
}
