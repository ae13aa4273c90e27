package org.rasp4j.processor.analysis;

import java.util.Optional;
import org.rasp4j.internal.Graph;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.diagnostics.Message;

/**
 * The largest program the processor compiles, counted in distinct operations of its RASP graph
 * (each SOp and selector once, however many loop iterations or helper calls built it). Generated
 * code grows linearly with that count, split into methods that each stay small, and the processor
 * and javac together take a few seconds for a program at the limit; far above it they take
 * minutes and most of a gigabyte, which a build should not silently spend.
 */
public final class ProgramSize {
  /** The most operations a program may have. */
  public static final int MAX_OPERATIONS = 4_000;

  private ProgramSize() {}

  /** The number of distinct operations of the program computing {@code output}. */
  public static int operations(SopNode output) {
    return Graph.topological(output).size();
  }

  /** The error to report when the program computing {@code output} is too large to compile. */
  public static Optional<String> check(String program, SopNode output) {
    int operations = operations(output);
    if (operations <= MAX_OPERATIONS) {
      return Optional.empty();
    }
    return Optional.of(Message.PROGRAM_SIZE.format(program, operations, MAX_OPERATIONS));
  }
}
