package org.rasp4j.benchmarks;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;

/**
 * The comparison is honest only if the hand-written Java computes what the program computes: on
 * the suite's own inputs (random seeds, short lengths, and lengths past each generator's switch
 * to its long-input form), it equals the reference interpreter, and so does the generated
 * evaluator the suite calls. A failure names its seed ({@code -Drasp4j.seed=SEED} reruns it).
 */
class HandWrittenTest {
  private static final int TRIES = 60;
  private static final int MAX_SHORT = 40;
  private static final int[] LONG = {101, 150, 301, 420};

  @Test
  void handWrittenAndGeneratedEqualTheInterpreterOnTheSuitesInputs() {
    long base = baseSeed();
    SplittableRandom seeds = new SplittableRandom(base);
    for (Workload workload : Workloads.all()) {
      for (int i = 0; i < TRIES; i++) {
        long seed = seeds.nextLong();
        int n = i < MAX_SHORT ? i : seeds.nextInt(MAX_SHORT + 1);
        check(workload, workload.tokens(n, seed), "seed " + seed + ", n " + n, base);
      }
      for (int n : LONG) {
        long seed = seeds.nextLong();
        check(workload, workload.tokens(n, seed), "seed " + seed + ", n " + n, base);
      }
    }
  }

  @Test
  void dyckByHandEqualsTheInterpreterOnAnyWord() {
    long base = baseSeed();
    SplittableRandom random = new SplittableRandom(base);
    for (int i = 0; i < 300; i++) {
      int n = random.nextInt(30);
      check(Workloads.find("dyck1").orElseThrow(), Inputs.from("()", n, random), "any", base);
      check(Workloads.find("dyck2").orElseThrow(), Inputs.from("(){}", n, random), "any", base);
      check(Workloads.find("tracr_shuffle_dyck2").orElseThrow(), Inputs.from("(){}", n, random),
          "any", base);
      check(Workloads.find("tracr_shuffle_dyck3").orElseThrow(),
          Inputs.from("(){}[]", n, random), "any", base);
    }
  }

  private static void check(Workload workload, Object tokens, String drawn, long base) {
    Program program = workload.catalogProgram();
    List<?> expected = program.run(Workload.input(tokens));
    String context =
        workload.program() + " on " + Workload.boxed(tokens) + " (" + drawn + "; base seed "
            + base + ", rerun: -Drasp4j.seed=" + base + ")";
    assertWithMessage("hand-written %s", context)
        .that(boxedResult(() -> workload.handWritten().apply(tokens)))
        .isEqualTo(expected);
    assertWithMessage("generated %s", context)
        .that(boxedResult(() -> workload.generated().apply(tokens)))
        .isEqualTo(expected);
  }

  private static List<Object> boxedResult(Supplier<Object> result) {
    return Workload.boxed(result.get());
  }

  private static long baseSeed() {
    String given = System.getProperty("rasp4j.seed");
    return given == null || given.isBlank() ? new SplittableRandom().nextLong() : Long.decode(given);
  }
}
