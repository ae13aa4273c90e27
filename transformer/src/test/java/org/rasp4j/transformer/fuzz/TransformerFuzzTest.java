package org.rasp4j.transformer.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The transformer compiler against the reference interpreter on random programs ({@link
 * RandomPrograms}): each is compiled for its domain (tokens "abc" or {0, 1, 2, -1}, length 1 to
 * {@value RandomPrograms#MAX_SEQ_LEN}) and run on every input of it. Where the interpreter gives
 * values the forward pass must give the same ones; where it raises an error the model has no value
 * at the positions that read the failure (below). A refusal (a RaspException naming a SOp) is
 * allowed and counted by reason.
 *
 * <p>One kind of disagreement is the model's documented behaviour (README, "Transformers") and,
 * unless {@code -Drasp4j.transformer.fuzz.strict=true}, only counted and shown: an error the model
 * does not carry. The interpreter evaluates every SOp and selector at every position and raises an
 * error if any fails (a selector's keys, queries or predicate; an aggregate's values at a key no
 * query selects), while the model carries an error only to the positions that read the failing
 * value, so it may have a value there. Every other disagreement (a wrong value, no value where the
 * interpreter gives one, a crash, running out of heap instead of refusing) fails the test.
 *
 * <p>CI runs {@value #DEFAULT_PROGRAMS} programs from a fresh seed, printed. A campaign: {@code
 * mvn -B -o -pl transformer -am verify -Dtest=TransformerFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drasp4j.transformer.fuzz.programs=2000}; {@code
 * -Drasp4j.transformer.fuzz.seed=S} replays a run. Program i's seed is S + i, so a failing
 * program's own seed with {@code programs=1} regenerates it alone.
 */
class TransformerFuzzTest {
  static final int DEFAULT_PROGRAMS = 150;
  /** Reports printed in full, of each kind; the rest are counted. */
  private static final int SHOWN = 5;

  @Test
  void theForwardPassIsTheInterpreterOnEveryInput() {
    int programs = Integer.getInteger("rasp4j.transformer.fuzz.programs", DEFAULT_PROGRAMS);
    boolean verbose = Boolean.getBoolean("rasp4j.transformer.fuzz.verbose");
    boolean strict = Boolean.getBoolean("rasp4j.transformer.fuzz.strict");
    String given = System.getProperty("rasp4j.transformer.fuzz.seed", "");
    long seed = given.isBlank() ? new Random().nextLong() : Long.decode(given);
    System.out.println("transformer fuzzer: seed " + seed + " (rerun: "
        + "-Drasp4j.transformer.fuzz.seed=" + seed + "), " + programs + " programs");

    long start = System.nanoTime();
    int compiled = 0;
    long values = 0;
    long errors = 0;
    long unflaggedInputs = 0;
    long slowest = 0;
    long slowestSeed = seed;
    Map<String, Integer> refusals = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    List<String> unflagged = new ArrayList<>();
    List<String> outOfMemory = new ArrayList<>();
    for (int i = 0; i < programs; i++) {
      long programSeed = seed + i;
      long begin = System.nanoTime();
      RandomProgram program = RandomPrograms.generate(programSeed);
      if (verbose) {
        System.out.println("program " + i + ", seed " + programSeed);
      }
      DifferentialCheck.Outcome outcome = DifferentialCheck.check(program);
      long millis = (System.nanoTime() - begin) / 1_000_000;
      if (millis > slowest) {
        slowest = millis;
        slowestSeed = programSeed;
      }
      if (outcome.refusal() != null) {
        refusals.merge(outcome.refusal(), 1, Integer::sum);
        continue;
      }
      if (outcome.outOfMemory()) {
        outOfMemory.add("program seed " + programSeed + " ran the compiler out of heap:\n"
            + program.description());
        continue;
      }
      compiled++;
      values += outcome.withValues();
      errors += outcome.withErrors();
      unflaggedInputs += outcome.unflaggedInputs();
      if (outcome.wrong() != null) {
        wrong.add(wrong.size() < SHOWN ? report(program, outcome, false) : "seed " + programSeed);
      }
      if (outcome.unflagged() != null) {
        unflagged.add(unflagged.size() < SHOWN
            ? report(program, outcome, true) : "seed " + programSeed);
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    System.out.printf("transformer fuzzer: seed %d, %d programs: %d compiled, %d refused %s, %d"
            + " out of heap; %d inputs with values, %d with errors (on %d of them, in %d programs,"
            + " the model has a value); %d programs with wrong values; %d s, slowest program %d ms"
            + " (seed %d)%n", seed, programs, compiled,
        refusals.values().stream().mapToInt(Integer::intValue).sum(), refusals,
        outOfMemory.size(), values, errors, unflaggedInputs, unflagged.size(), wrong.size(),
        seconds, slowest, slowestSeed);
    for (String failure : wrong.subList(0, Math.min(SHOWN, wrong.size()))) {
      System.out.println("WRONG " + failure);
    }
    for (String failure : unflagged.subList(0, Math.min(SHOWN, unflagged.size()))) {
      System.out.println("UNFLAGGED ERROR " + failure);
    }
    for (String failure : outOfMemory.subList(0, Math.min(SHOWN, outOfMemory.size()))) {
      System.out.println("OUT OF HEAP " + failure);
    }
    List<String> failures = new ArrayList<>(wrong);
    failures.addAll(outOfMemory); // the compiler refuses what it cannot hold
    if (strict) {
      failures.addAll(unflagged);
    }
    assertWithMessage("seed %s: %s of %s programs disagree with the interpreter; the first:\n%s",
        seed, failures.size(), programs, String.join("\n\n", failures.subList(0,
            Math.min(3, failures.size()))))
        .that(failures).isEmpty();
  }

  /** The failing program, its first differing input, and the smallest SOp of it that differs. */
  private static String report(RandomProgram program, DifferentialCheck.Outcome outcome,
      boolean errorsOnly) {
    StringBuilder text = new StringBuilder();
    text.append("program seed ").append(program.seed()).append(" disagrees:\n")
        .append(program.description()).append('\n');
    appendDisagreement(text, outcome.of(errorsOnly));
    RandomProgram smallest = minimise(program, errorsOnly);
    if (smallest != program) {
      text.append("minimised (a SOp of the same program):\n").append(smallest.description())
          .append('\n');
      appendDisagreement(text, DifferentialCheck.check(smallest).of(errorsOnly));
    }
    return text.toString();
  }

  private static void appendDisagreement(StringBuilder text, DifferentialCheck.Disagreement d) {
    text.append("on ").append(d.input()).append(": interpreter ").append(d.expected())
        .append(", transformer ").append(d.actual()).append('\n');
  }

  /**
   * The smallest program made of the failing one's statements (its output one of its SOps, and not
   * causal when that fails too) that still disagrees in the same way: what a report shows first.
   */
  static RandomProgram minimise(RandomProgram program, boolean errorsOnly) {
    for (Term term : program.subprograms()) {
      for (boolean causal : program.causal() ? new boolean[] {false, true} : new boolean[] {false}) {
        RandomProgram candidate = program.withOutput(term, causal);
        if (DifferentialCheck.check(candidate).of(errorsOnly) != null) {
          return candidate;
        }
      }
    }
    return program;
  }
}
