package org.rasp4j.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How one value reads inside a box: short and visible. Characters are drawn bare (as the blog
 * draws tokens), booleans as T and F (their colour tells them apart too), doubles rounded to two
 * decimals, and what would be invisible gets a sign: {@code '\0'} and {@code ""} (what an
 * aggregate gives where nothing is selected) as ∅, a space as ␣, other control characters as
 * {@code \u0007}.
 */
final class ValueText {
  /** Shown for the "nothing" values {@code '\0'} and {@code ""}. */
  public static final String NOTHING = "∅";

  private ValueText() {}

  /** The text drawn for {@code value}. */
  public static String of(Object value) {
    if (value instanceof Character c) {
      return c == '\0' ? NOTHING : visible(String.valueOf(c));
    }
    if (value instanceof String s) {
      return s.isEmpty() ? NOTHING : visible(s);
    }
    if (value instanceof Boolean b) {
      return b ? "T" : "F";
    }
    if (value instanceof Double d) {
      return decimal(d);
    }
    return String.valueOf(value);
  }

  /** Spaces and invisible characters made visible, everything else kept. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                out.append('␣');
              } else if (invisible(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static boolean invisible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }

  /**
   * Two decimals at most, at least one (so 2.0 still reads as a double, unlike the int 2);
   * very large or very small magnitudes in exponent form so the box stays narrow.
   */
  private static String decimal(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "∞" : "-∞";
    }
    double magnitude = Math.abs(d);
    if (magnitude >= 1e6 || (magnitude < 0.005 && magnitude > 0)) {
      return String.format(Locale.ROOT, "%.2e", d);
    }
    String text =
        BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
            .toPlainString(); // BigDecimal has no -0: -0.0 reads 0.0
    return text.contains(".") ? text : text + ".0";
  }
}
