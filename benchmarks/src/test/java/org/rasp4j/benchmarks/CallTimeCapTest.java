package org.rasp4j.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The skip rule, on times set by hand. */
class CallTimeCapTest {
  private static Point at(int n, double nanos) {
    return new Point("p", Implementation.GENERATED, n, new Outcome.Measured(nanos, 0));
  }

  @Test
  void nothingMeasuredPredictsNothing() {
    assertThat(CallTimeCap.predict(List.of(), 10)).isEmpty();
  }

  @Test
  void oneLengthGrowsQuadratically() {
    assertThat(CallTimeCap.predict(List.of(at(1_000, 5e6)), 10_000).orElseThrow())
        .isWithin(1).of(5e8);
  }

  @Test
  void twoLengthsGrowAsObservedWithinLinearAndQuadratic() {
    // x30 observed per decade: 1 ms -> 30 ms -> predicted 900 ms
    assertThat(CallTimeCap.predict(List.of(at(100, 1e6), at(1_000, 3e7)), 10_000).orElseThrow())
        .isWithin(1).of(9e8);
    // x2 observed (overheads) counts as x10
    assertThat(CallTimeCap.predict(List.of(at(10, 1e3), at(100, 2e3)), 1_000).orElseThrow())
        .isWithin(1e-6).of(2e4);
  }

  @Test
  void skipsOnlyAboveTheCap() {
    CallTimeCap cap = new CallTimeCap(2e9);
    assertThat(cap.skip(List.of(at(1_000, 1e7)), 10_000)).isEmpty(); // 1 s predicted
    assertThat(cap.skip(List.of(at(1_000, 3e7)), 10_000).orElseThrow()).contains("3 s");
  }
}
