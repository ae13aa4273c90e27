package org.rasp4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;

/**
 * One sample program on one input length, computed three ways. The suite runs one method with one
 * {@code program} and one {@code n} at a time (so it can skip what would take too long); the
 * defaults below only make a plain JMH run of this class meaningful.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProgramBenchmark {
  /** The seed of every input: the same tokens for every implementation and every run. */
  public static final long SEED = 20_210_613L;

  @Param({"add"})
  public String program;

  @Param({"1000"})
  public int n;

  private Workload workload;
  private Program interpreted;
  private Object tokens;
  private Input input;

  @Setup(Level.Trial)
  public void draw() {
    workload =
        Workloads.find(program)
            .orElseThrow(() -> new IllegalArgumentException("no benchmark for " + program));
    interpreted = workload.catalogProgram();
    tokens = workload.tokens(n, SEED);
    input = Workload.input(tokens);
  }

  @Benchmark
  public Object generated() {
    return workload.generated().apply(tokens);
  }

  @Benchmark
  public Object interpreter() {
    return interpreted.run(input);
  }

  @Benchmark
  public Object handWritten() {
    return workload.handWritten().apply(tokens);
  }
}
