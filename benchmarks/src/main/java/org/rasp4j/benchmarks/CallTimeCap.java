package org.rasp4j.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * Decides, before running it, whether one call at a length would take longer than the cap: the
 * time measured at the last shorter length, grown by the growth per ×10 seen between the two
 * previous lengths (at least ×10, at most ×100: the code is at most quadratic), or ×100 while
 * there is only one.
 */
public record CallTimeCap(double capNanos) {
  /** The predicted time per call at {@code n}, from the measured points at shorter lengths. */
  public static Optional<Double> predict(List<Point> shorter, int n) {
    List<Point> measured = shorter.stream().filter(p -> !Double.isNaN(p.nanos()) && p.n() < n)
        .sorted((a, b) -> Integer.compare(a.n(), b.n())).toList();
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    Point last = measured.get(measured.size() - 1);
    double growthPerTenfold = 100;
    if (measured.size() >= 2) {
      Point before = measured.get(measured.size() - 2);
      double decades = Math.log10((double) last.n() / before.n());
      double observed = Math.pow(last.nanos() / before.nanos(), 1 / decades);
      growthPerTenfold = Math.max(10, Math.min(100, observed));
    }
    double decades = Math.log10((double) n / last.n());
    return Optional.of(last.nanos() * Math.pow(growthPerTenfold, decades));
  }

  /** Why {@code n} is skipped, or empty when a call is predicted to fit in the cap. */
  public Optional<String> skip(List<Point> shorter, int n) {
    return predict(shorter, n)
        .filter(nanos -> nanos > capNanos)
        .map(nanos -> "skipped: ~" + Format.time(nanos) + " per call predicted");
  }
}
