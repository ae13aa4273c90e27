package org.rasp4j.processor.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The program fuzzer: random valid programs over the whole DSL (see {@link ProgramGenerator}),
 * compiled with the processor in batches of {@value #BATCH} per class, each compared with the
 * interpreter on random inputs. A program the processor or javac rejects, a processor crash, a
 * disagreement in values, errors or layer and head counts, or a batch that takes javac and the
 * processor more than a minute, is a failure, reported with the program's seed and source.
 *
 * <p>CI runs {@value #DEFAULT_PROGRAMS} programs from a fresh seed. A long campaign:
 * {@code mvn -B -pl processor -am verify -Dtest=ProgramFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drasp4j.fuzz.programs=20000}; {@code
 * -Drasp4j.fuzz.seed=S} replays a run (a failing program's own seed with {@code programs=1}
 * regenerates just that program), and {@code -Drasp4j.fuzz.inputs} sets the inputs per program.
 */
class ProgramFuzzTest {
  static final int BATCH = 50;
  static final int DEFAULT_PROGRAMS = 1000;
  private static final long MINUTE_MILLIS = 60_000;
  /** Reports printed in full; the rest are counted. */
  private static final int SHOWN = 15;

  @Test
  void generatedEvaluatorsAgreeWithTheInterpreter() throws ReflectiveOperationException {
    int programs = Integer.getInteger("rasp4j.fuzz.programs", DEFAULT_PROGRAMS);
    int inputs = Integer.getInteger("rasp4j.fuzz.inputs", 40);
    String given = System.getProperty("rasp4j.fuzz.seed", "");
    long seed = given.isBlank() ? new SplittableRandom().nextLong() : Long.decode(given);

    List<String> failures = new ArrayList<>();
    ProgramCheck.Tally tally = new ProgramCheck.Tally();
    long slowest = 0;
    long compiling = 0;
    long start = System.nanoTime();
    int checked = 0;
    for (int first = 0; first < programs; first += BATCH) {
      List<FuzzProgram> batch = new ArrayList<>();
      for (int i = first; i < Math.min(programs, first + BATCH); i++) {
        // program i's seed is seed + i: one program replays alone from its own seed
        batch.add(ProgramGenerator.generate(seed + i, "p" + i, "G" + i));
      }
      Batch compiled = new Batch("Batch" + first, batch);
      Compiled result = compileAll(compiled, failures);
      slowest = Math.max(slowest, result.millis());
      compiling += result.millis();
      if (result.millis() > MINUTE_MILLIS) {
        for (FuzzProgram program : result.programs()) {
          BatchCompiler.Result alone = BatchCompiler.compile(new Batch("Alone", List.of(program)));
          if (alone.millis() > MINUTE_MILLIS) {
            failures.add("program seed " + program.seed() + ": compiling took " + alone.millis()
                + " ms, over a minute\n" + program.source());
          }
        }
      }
      if (result.classes() == null) {
        continue;
      }
      for (FuzzProgram program : result.programs()) {
        for (ProgramCheck.Disagreement d : ProgramCheck.check(program, result.classes(),
            Batch.PACKAGE + "." + compiled.className(), inputs, tally)) {
          failures.add(d.report());
        }
        checked++;
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    System.out.printf(
        "program fuzzer: seed %d, %d programs (%d compiled and run), %d inputs with values and %d"
            + " with errors, %d failures; %d s in all, %d s compiling, slowest batch %d ms%n",
        seed, programs, checked, tally.values, tally.errors, failures.size(), seconds,
        compiling / 1000, slowest);
    Path all = Path.of("target", "program-fuzz-failures.txt");
    if (failures.isEmpty()) {
      try {
        Files.deleteIfExists(all); // an earlier run's failures, no longer this run's
      } catch (IOException e) {
        System.out.println("program fuzzer: could not delete " + all + ": " + e);
      }
    } else {
      try {
        Files.createDirectories(all.getParent());
        Files.writeString(all, String.join("\n---- ", failures));
        System.out.println("program fuzzer: every failure is in " + all.toAbsolutePath());
      } catch (IOException e) {
        System.out.println("program fuzzer: could not write " + all + ": " + e);
      }
    }
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, failures.size()); i++) {
      report.append("\n---- ").append(failures.get(i));
    }
    assertWithMessage("%s of %s programs failed (seed %s; rerun with -Drasp4j.fuzz.seed=%s):%s",
        failures.size(), programs, seed, seed, report)
        .that(failures)
        .isEmpty();
  }

  /** The programs of a batch that compiled, their classes, and how long javac took in all. */
  private record Compiled(ClassLoader classes, List<FuzzProgram> programs, long millis) {}

  /**
   * Compiles a batch; a program the compilation rejects is reported and taken out, and the rest
   * compiled again. What cannot be charged to one program (a crash) is found by compiling each
   * program alone.
   */
  private static Compiled compileAll(Batch batch, List<String> failures) {
    long millis = 0;
    Batch current = batch;
    for (int round = 0; round < 4 && !current.programs().isEmpty(); round++) {
      BatchCompiler.Result result = BatchCompiler.compile(current);
      millis += result.millis();
      if (result.succeeded()) {
        return new Compiled(result.classes(), current.programs(), millis);
      }
      List<FuzzProgram> rejected = new ArrayList<>();
      for (Map.Entry<FuzzProgram, String> failure : result.failures().entrySet()) {
        if (failure.getKey() != null) {
          rejected.add(failure.getKey());
          failures.add(rejection(failure.getKey(), failure.getValue()));
        }
      }
      if (result.failures().containsKey(null) || rejected.isEmpty()) {
        for (FuzzProgram program : current.programs()) {
          if (rejected.contains(program)) {
            continue;
          }
          BatchCompiler.Result alone = BatchCompiler.compile(new Batch("Alone", List.of(program)));
          if (!alone.succeeded()) {
            rejected.add(program);
            failures.add(rejection(program, String.join("\n", alone.failures().values())));
          }
        }
      }
      current = current.without(rejected);
    }
    return new Compiled(null, List.of(), millis);
  }

  private static String rejection(FuzzProgram program, String diagnostics) {
    return "program seed " + program.seed() + " (" + program.method() + ", class "
        + program.className() + ") is valid Java, but its compilation failed:\n" + diagnostics
        + "\n" + program.source();
  }
}
