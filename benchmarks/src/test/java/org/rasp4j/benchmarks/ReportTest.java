package org.rasp4j.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table's arithmetic, on times set by hand. */
class ReportTest {
  private static final Implementation G = Implementation.GENERATED;
  private static final Implementation I = Implementation.INTERPRETER;
  private static final Implementation H = Implementation.HAND_WRITTEN;

  private static Point at(Implementation implementation, int n, double nanos) {
    return new Point("add", implementation, n, new Outcome.Measured(nanos, 0));
  }

  /** add: generated 2 ms then 200 ms, interpreter 80 ms, hand-written 2 µs then 20 µs. */
  private static final Report REPORT =
      new Report(
          List.of(
              at(G, 1_000, 2e6), at(G, 10_000, 2e8),
              at(I, 1_000, 8e7), new Point("add", I, 10_000, new Outcome.Skipped("skipped: ~8 s")),
              at(H, 1_000, 2e3), at(H, 10_000, 2e4)));

  @Test
  void ratiosAreGeneratedOverTheOther() {
    assertThat(REPORT.ratio("add", G, I, 1_000)).isWithin(1e-12).of(0.025);
    assertThat(REPORT.ratio("add", G, H, 1_000)).isWithin(1e-9).of(1_000);
    assertThat(REPORT.ratio("add", G, H, 10_000)).isWithin(1e-9).of(10_000);
    assertThat(REPORT.ratio("add", G, I, 10_000)).isNaN();
  }

  @Test
  void growthIsTimeOverTimeAtATenthOfN() {
    assertThat(REPORT.growth("add", G, 10_000)).isWithin(1e-9).of(100);
    assertThat(REPORT.growth("add", H, 10_000)).isWithin(1e-9).of(10);
    assertThat(REPORT.growth("add", G, 1_000)).isNaN();
    assertThat(REPORT.growth("add", I, 10_000)).isNaN();
  }

  @Test
  void tableRowsShowTimesRatiosGrowthAndWhySomethingWasSkipped() {
    List<String> rows = REPORT.table("add").lines().toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(2)).isEqualTo("| 1 000 | 2 ms | 80 ms | 2 µs | 0.025 | 1000 | – | – | – |");
    assertThat(rows.get(3))
        .isEqualTo("| 10 000 | 200 ms | skipped: ~8 s | 20 µs | – | 10000 | 100 | – | 10 |");
  }

  @Test
  void documentNamesTheMachineAndLinksThePlot() {
    Machine machine = new Machine(2, "Test CPU", "JDK 17", "Linux", "2025-01-01", "1 2 3", "4 5 6");
    String doc = REPORT.markdown(machine, "settings here", "benchmarks.svg",
        Map.of("add", "digits+digits"));
    assertThat(doc).contains("CPU: Test CPU, 2 cores");
    assertThat(doc).contains("at start: 1 2 3; at end: 4 5 6");
    assertThat(doc).contains("(benchmarks.svg)");
    assertThat(doc).contains("## add\n\nInputs: digits+digits.");
  }

  @Test
  void timesAndRatiosKeepThreeSignificantDigits() {
    assertThat(Format.time(812)).isEqualTo("812 ns");
    assertThat(Format.time(1_970_000)).isEqualTo("1.97 ms");
    assertThat(Format.time(7.7e9)).isEqualTo("7.7 s");
    assertThat(Format.significant(8_492)).isEqualTo("8490");
    assertThat(Format.significant(0.024_31)).isEqualTo("0.0243");
  }

  @Test
  void targetsNameWhatMissesThemWithItsNumber() {
    List<Point> points = new java.util.ArrayList<>(List.of(
        at(G, 1_000, 1e5), at(I, 1_000, 2e8), // add: 2 000x faster
        at(G, 100_000, 3e6), at(H, 100_000, 1e5), // add: 30x hand-written
        at(G, 1_000_000, 4.5e7), at(H, 1_000_000, 1.1e6))); // add: x15 growth, by hand x11
    points.add(new Point("flip", G, 100_000, new Outcome.Measured(5e5, 0)));
    points.add(new Point("flip", H, 100_000, new Outcome.Measured(1e5, 0))); // 5x: met
    points.add(new Point("flip", G, 1_000_000, new Outcome.Measured(5.5e6, 0))); // x11: met
    String section = Targets.STATED.markdown(new Report(points), List.of("add", "flip"));
    assertThat(section).contains("add at n = 1 000: the generated evaluator is 2000× faster than"
        + " the interpreter (target: 1000×): met.");
    assertThat(section).contains("Within 10× of hand-written Java at n = 100 000: 1 of the 2 blog"
        + " and paper programs measured there; not: `add` 30×.");
    assertThat(section).contains("at most ×12: 1 of the 2; not: `add` ×15 (hand-written ×11).");
  }

  @Test
  void aSlowAddMissesTheSpeedUpTarget() {
    String section = Targets.STATED.markdown(
        new Report(List.of(at(G, 1_000, 1e6), at(I, 1_000, 2e8))), List.of("add"));
    assertThat(section).contains("200× faster than the interpreter (target: 1000×): not met.");
  }
}
