package org.rasp4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's results as Markdown: the machine, the settings, the plot, then one table per
 * program with the time per call of each implementation at each length, the two ratios and the
 * growth per ×10 in n.
 */
public final class Report {
  private static final List<Implementation> IMPLEMENTATIONS = List.of(Implementation.values());

  private final List<Point> points;

  public Report(List<Point> points) {
    this.points = List.copyOf(points);
  }

  /** The outcome at one cell, if the suite reached it. */
  public Optional<Outcome> outcome(String program, Implementation implementation, int n) {
    return points.stream()
        .filter(p -> p.program().equals(program) && p.implementation() == implementation
            && p.n() == n)
        .map(Point::outcome)
        .findFirst();
  }

  private double nanos(String program, Implementation implementation, int n) {
    return outcome(program, implementation, n)
        .filter(o -> o instanceof Outcome.Measured)
        .map(o -> ((Outcome.Measured) o).nanosPerCall())
        .orElse(Double.NaN);
  }

  /** Time of {@code a} over time of {@code b} at {@code n}; NaN unless both were measured. */
  public double ratio(String program, Implementation a, Implementation b, int n) {
    return nanos(program, a, n) / nanos(program, b, n);
  }

  /** Time at {@code n} over time at {@code n / 10}; NaN unless both were measured. */
  public double growth(String program, Implementation implementation, int n) {
    return n % 10 == 0 ? nanos(program, implementation, n) / nanos(program, implementation, n / 10)
        : Double.NaN;
  }

  /** The programs, in the order their points came. */
  public List<String> programs() {
    return points.stream().map(Point::program).distinct().toList();
  }

  /** The lengths, ascending. */
  public List<Integer> sizes() {
    return points.stream().map(Point::n).distinct().sorted().toList();
  }

  /** The times per implementation (NaN where not measured), by length: what the plot draws. */
  public Map<Implementation, List<double[]>> series(String program) {
    Map<Implementation, List<double[]>> series = new LinkedHashMap<>();
    for (Implementation implementation : IMPLEMENTATIONS) {
      List<double[]> line = new ArrayList<>();
      for (int n : sizes()) {
        double t = nanos(program, implementation, n);
        if (!Double.isNaN(t)) {
          line.add(new double[] {n, t});
        }
      }
      if (!line.isEmpty()) {
        series.put(implementation, line);
      }
    }
    return series;
  }

  /** One program's table (with its heading line of column names). */
  public String table(String program) {
    StringBuilder out = new StringBuilder();
    out.append("| n | generated | interpreter | hand-written | generated ÷ interpreter"
        + " | generated ÷ hand-written | growth ×10: generated | interpreter | hand-written |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int n : sizes()) {
      out.append("| ").append(Format.count(n));
      for (Implementation implementation : IMPLEMENTATIONS) {
        out.append(" | ").append(cell(program, implementation, n));
      }
      out.append(" | ").append(Format.significant(
          ratio(program, Implementation.GENERATED, Implementation.INTERPRETER, n)));
      out.append(" | ").append(Format.significant(
          ratio(program, Implementation.GENERATED, Implementation.HAND_WRITTEN, n)));
      for (Implementation implementation : IMPLEMENTATIONS) {
        out.append(" | ").append(Format.significant(growth(program, implementation, n)));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  private String cell(String program, Implementation implementation, int n) {
    return outcome(program, implementation, n)
        .map(o -> o instanceof Outcome.Measured m ? Format.time(m.nanosPerCall())
            : ((Outcome.Skipped) o).reason())
        .orElse("–");
  }

  /**
   * The whole document.
   *
   * @param machine where it ran
   * @param settings how (JMH settings, cap, command), one Markdown paragraph
   * @param plotFile the SVG's file name, relative to the document
   * @param domains each program's inputs, in words
   */
  public String markdown(
      Machine machine, String settings, String plotFile, Map<String, String> domains) {
    return markdown(machine, settings, plotFile, domains, List.of());
  }

  /**
   * The whole document, with the targets checked for {@code targetPrograms} (none: no section).
   */
  public String markdown(Machine machine, String settings, String plotFile,
      Map<String, String> domains, List<String> targetPrograms) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n");
    out.append("Time per call of each sample program's generated evaluator, the reference"
        + " interpreter and plain Java written by hand for the same function, measured with JMH"
        + " side by side in one run. Ratios are generated ÷ the other (below 1: generated is"
        + " faster); growth is the time at n over the time at n ÷ 10 (×10: linear, ×100:"
        + " quadratic).\n\n");
    out.append("## Machine\n\n");
    out.append("- CPU: ").append(machine.cpu()).append(", ").append(machine.cores())
        .append(" cores available\n");
    out.append("- JDK: ").append(machine.jdk()).append(" on ").append(machine.os()).append('\n');
    out.append("- Date: ").append(machine.date()).append('\n');
    out.append("- Load average (1, 5, 15 min) at start: ").append(machine.loadAtStart())
        .append("; at end: ").append(machine.loadAtEnd()).append("\n\n");
    out.append("## Settings\n\n").append(settings).append("\n\n");
    out.append("![time per call against n, log-log, per program](").append(plotFile)
        .append(")\n\n");
    if (!targetPrograms.isEmpty()) {
      out.append(Targets.STATED.markdown(this, targetPrograms));
    }
    for (String program : programs()) {
      out.append("## ").append(program).append("\n\n");
      String domain = domains.get(program);
      if (domain != null) {
        out.append("Inputs: ").append(domain).append(".\n\n");
      }
      out.append(table(program)).append('\n');
    }
    return out.toString();
  }
}
