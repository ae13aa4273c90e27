package org.rasp4j.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the suite runs, from its command line. The defaults are the short suite (a few minutes on
 * two cores): every point in the suite's own JVM (a fork per point would add about a second
 * each, for some 600 points), one warm-up and two measured iterations of 200 ms, every program
 * and length, one call capped at 2 s.
 *
 * @param programs the programs to measure (catalog names), empty for all
 * @param sizes the input lengths, ascending
 * @param capSeconds a length whose call is predicted to take longer is skipped
 * @param interpreterMaxLength the interpreter runs up to this length (it is quadratic in memory)
 * @param forks JMH forks per point (0: in this JVM)
 * @param warmups warm-up iterations per point
 * @param iterations measured iterations per point
 * @param iterationMillis length of each iteration
 * @param out the Markdown file; the plot goes beside it, as {@code .svg}
 */
public record SuiteOptions(
    List<String> programs,
    List<Integer> sizes,
    double capSeconds,
    int interpreterMaxLength,
    int forks,
    int warmups,
    int iterations,
    int iterationMillis,
    Path out) {

  static final String USAGE =
      """
      usage: java -jar benchmarks/target/benchmarks.jar [OPTIONS]

        --programs a,b,...   only these programs (catalog names; default: all measured ones)
        --sizes 10,100,...   input lengths (default: 10,100,1000,10000,100000,1000000)
        --cap SECONDS        skip a length whose call is predicted to exceed this (default: 2)
        --interpreter-max N  longest input the interpreter runs (default: 10000)
        --forks N            JMH forks per point, 0 to run in this JVM (default: 0)
        --warmups N          warm-up iterations per point (default: 1)
        --iterations N       measured iterations per point (default: 2)
        --iteration-ms MS    length of one iteration (default: 200)
        --out FILE           the report (default: docs/benchmarks.md; the plot beside it, .svg)
      """;

  static SuiteOptions parse(String... args) {
    List<String> programs = List.of();
    List<Integer> sizes = List.of(10, 100, 1_000, 10_000, 100_000, 1_000_000);
    double cap = 2;
    int interpreterMax = 10_000;
    int forks = 0;
    int warmups = 1;
    int iterations = 2;
    int millis = 200;
    Path out = Path.of("docs", "benchmarks.md");
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option + "\n" + USAGE);
      }
      String value = args[++i];
      switch (option) {
        case "--programs" -> programs = List.of(value.split(","));
        case "--sizes" -> {
          List<Integer> parsed = new ArrayList<>();
          for (String size : value.split(",")) {
            parsed.add(Integer.parseInt(size.replace("_", "")));
          }
          sizes = parsed.stream().sorted().toList();
        }
        case "--cap" -> cap = Double.parseDouble(value);
        case "--interpreter-max" -> interpreterMax = Integer.parseInt(value);
        case "--forks" -> forks = Integer.parseInt(value);
        case "--warmups" -> warmups = Integer.parseInt(value);
        case "--iterations" -> iterations = Integer.parseInt(value);
        case "--iteration-ms" -> millis = Integer.parseInt(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
      }
    }
    return new SuiteOptions(
        programs, sizes, cap, interpreterMax, forks, warmups, iterations, millis, out);
  }

  /** The settings paragraph of the report. */
  String describe() {
    return "JMH average time per call: "
        + (forks == 0 ? "every point in the suite's JVM (no fork: the programs share JIT profiles"
            + " and heap)" : forks + (forks == 1 ? " fork" : " forks") + " per point") + ", "
        + warmups + " warm-up and " + iterations + " measured iterations of " + iterationMillis
        + " ms per point; a length is skipped when one call is predicted (from the shorter"
        + " lengths) to take more than " + Format.significant(capSeconds) + " s; the interpreter"
        + " runs up to n = " + Format.count(interpreterMaxLength) + ". Inputs are drawn from seed "
        + ProgramBenchmark.SEED + ". Written by `java -jar benchmarks/target/benchmarks.jar`.";
  }
}
