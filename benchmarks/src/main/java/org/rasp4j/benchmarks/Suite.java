package org.rasp4j.benchmarks;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.rasp4j.Program;
import org.rasp4j.samples.blog.Blog;
import org.rasp4j.samples.paper.Paper;

/**
 * The benchmark suite's command: for every program, every length, ascending, and every
 * implementation, one JMH run of {@link ProgramBenchmark} (skipping what is outside the program's
 * domain or predicted to take too long), then the report and its plot.
 */
public final class Suite {
  private Suite() {}

  public static void main(String[] args) throws IOException {
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.print(SuiteOptions.USAGE);
      return;
    }
    SuiteOptions options;
    try {
      options = SuiteOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String loadAtStart = Machine.loadAverage();
    List<Workload> workloads = selected(options.programs());
    CallTimeCap cap = new CallTimeCap(options.capSeconds() * 1e9);
    List<Point> points = new ArrayList<>();
    for (Workload workload : workloads) {
      for (Implementation implementation : Implementation.values()) {
        List<Point> done = new ArrayList<>();
        for (int n : options.sizes()) {
          Point point =
              new Point(workload.program(), implementation, n,
                  outcome(workload, implementation, n, done, cap, options));
          System.out.printf("%-28s %-13s n=%-8d %s%n", workload.program(), implementation.label(),
              n, point.outcome() instanceof Outcome.Measured m ? Format.time(m.nanosPerCall())
                  : ((Outcome.Skipped) point.outcome()).reason());
          done.add(point);
        }
        points.addAll(done);
      }
    }
    write(new Report(points), Machine.here(loadAtStart), options, workloads);
  }

  private static List<Workload> selected(List<String> programs) {
    if (programs.isEmpty()) {
      return Workloads.all();
    }
    List<Workload> selected = new ArrayList<>();
    for (String program : programs) {
      selected.add(Workloads.find(program).orElseThrow(
          () -> new IllegalArgumentException("no benchmark for program " + program)));
    }
    return selected;
  }

  private static Outcome outcome(
      Workload workload, Implementation implementation, int n, List<Point> shorter,
      CallTimeCap cap, SuiteOptions options) {
    if (!workload.covers(n)) {
      return new Outcome.Skipped("n/a: beyond its domain");
    }
    if (implementation == Implementation.INTERPRETER && n > options.interpreterMaxLength()) {
      return new Outcome.Skipped("not run: n > " + Format.count(options.interpreterMaxLength()));
    }
    if (shorter.stream().anyMatch(p -> p.outcome() instanceof Outcome.Skipped s
        && s.reason().startsWith("skipped"))) {
      return new Outcome.Skipped("skipped: a shorter length was");
    }
    Optional<String> skip = cap.skip(shorter, n);
    if (skip.isPresent()) {
      return new Outcome.Skipped(skip.get());
    }
    return measure(workload, implementation, n, options);
  }

  /** One JMH run: one benchmark method, one program, one length. */
  static Outcome measure(
      Workload workload, Implementation implementation, int n, SuiteOptions options) {
    Options jmh =
        new OptionsBuilder()
            .include("^" + Pattern.quote(ProgramBenchmark.class.getName() + "."
                + implementation.benchmarkMethod()) + "$")
            .param("program", workload.program())
            .param("n", Integer.toString(n))
            .forks(options.forks())
            .warmupIterations(options.warmups())
            .warmupTime(TimeValue.milliseconds(options.iterationMillis()))
            .measurementIterations(options.iterations())
            .measurementTime(TimeValue.milliseconds(options.iterationMillis()))
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
    try {
      Collection<RunResult> results = new Runner(jmh).run();
      if (results.isEmpty()) {
        return new Outcome.Skipped("failed: no result");
      }
      RunResult result = results.iterator().next();
      return new Outcome.Measured(
          result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
    } catch (RunnerException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Outcome.Skipped("failed: " + cause.getClass().getSimpleName());
    }
  }

  private static void write(
      Report report, Machine machine, SuiteOptions options, List<Workload> workloads)
      throws IOException {
    Path markdown = options.out().toAbsolutePath();
    String name = markdown.getFileName().toString();
    String svgName = (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + ".svg";
    Map<String, String> domains = new LinkedHashMap<>();
    workloads.forEach(w -> domains.put(w.program(), w.domain()));
    Files.createDirectories(markdown.getParent());
    Files.writeString(markdown.resolveSibling(svgName), LogLogPlot.svg(report));
    List<String> targets = new ArrayList<>();
    for (Class<?> source : List.of(Blog.class, Paper.class)) {
      Program.allIn(source).forEach(p -> targets.add(p.name()));
    }
    Files.writeString(markdown,
        report.markdown(machine, options.describe(), svgName, domains, targets));
    System.out.println("wrote " + markdown + " and " + markdown.resolveSibling(svgName));
  }
}
