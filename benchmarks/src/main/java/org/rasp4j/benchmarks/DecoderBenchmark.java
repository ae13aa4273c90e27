package org.rasp4j.benchmarks;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rasp4j.samples.causal.CausalFracPrevs;
import org.rasp4j.samples.causal.CausalLength;
import org.rasp4j.samples.causal.ReverseByGeneration;

/**
 * A causal program's output at every position of n tokens, two ways: its generated decoder taking
 * the tokens one at a time (each append computes the new position only), and its generated
 * evaluator run again on every prefix (what a decoder without state would do). One shot per
 * measurement: re-evaluating 10 000 prefixes is one long operation.
 *
 * <pre>
 * mvn -q -B package -DskipTests -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main DecoderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class DecoderBenchmark {
  @Param({"causal_frac_prevs", "causal_length", "reverse_by_generation"})
  public String program;

  @Param({"1000", "10000"})
  public int n;

  private char[] tokens;

  @Setup
  public void draw() {
    Random random = new Random(ProgramBenchmark.SEED);
    String alphabet = program.equals("reverse_by_generation") ? "abc" : "hello";
    tokens = new char[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    if (program.equals("reverse_by_generation")) {
      tokens[n / 2] = '>'; // the prompt is the first half; the answer is written after it
    }
  }

  /** The decoder: n appends. */
  @Benchmark
  public void decodeOneAtATime(Blackhole out) {
    switch (program) {
      case "causal_frac_prevs" -> {
        CausalFracPrevs.Decoder decoder = CausalFracPrevs.decoder();
        for (char token : tokens) {
          out.consume(decoder.append(token));
        }
      }
      case "causal_length" -> {
        CausalLength.CharDecoder decoder = CausalLength.charDecoder();
        for (char token : tokens) {
          out.consume(decoder.append(token));
        }
      }
      default -> {
        ReverseByGeneration.Decoder decoder = ReverseByGeneration.decoder();
        for (char token : tokens) {
          out.consume(decoder.append(token));
        }
      }
    }
  }

  /** The evaluator on each of the n prefixes, keeping each run's last value. */
  @Benchmark
  public void reevaluateEveryPrefix(Blackhole out) {
    for (int i = 1; i <= n; i++) {
      char[] prefix = Arrays.copyOf(tokens, i);
      switch (program) {
        case "causal_frac_prevs" -> out.consume(CausalFracPrevs.evaluate(prefix)[i - 1]);
        case "causal_length" -> out.consume(CausalLength.evaluate(prefix)[i - 1]);
        default -> out.consume(ReverseByGeneration.evaluate(prefix)[i - 1]);
      }
    }
  }
}
