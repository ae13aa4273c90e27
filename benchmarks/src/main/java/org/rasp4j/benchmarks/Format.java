package org.rasp4j.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the report writes them: three significant digits, times with a unit. */
final class Format {
  private Format() {}

  /** A time in nanoseconds as {@code 812 ns}, {@code 1.97 ms}, {@code 7.70 s}. */
  static String time(double nanos) {
    if (nanos < 1e3) {
      return significant(nanos) + " ns";
    } else if (nanos < 1e6) {
      return significant(nanos / 1e3) + " µs";
    } else if (nanos < 1e9) {
      return significant(nanos / 1e6) + " ms";
    }
    return significant(nanos / 1e9) + " s";
  }

  /** A ratio to three significant digits, never in exponent form: {@code 0.0243}, {@code 8490}. */
  static String significant(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "–";
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** {@code n} with thin groups, as {@code 1 000 000}. */
  static String count(int n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
  }
}
