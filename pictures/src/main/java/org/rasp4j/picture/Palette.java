package org.rasp4j.picture;

import java.util.Locale;

/**
 * The fill colour of a value's box: the same value always gets the same colour, in every picture,
 * so a value can be followed by eye from row to row (as in the blog). Booleans have fixed colours,
 * the "nothing" values ({@code '\0'}, {@code ""}) are white, and every other value gets a pastel
 * hue from the golden-angle sequence, so neighbouring ints and letters get far-apart hues. All
 * fills are light enough for black text.
 */
final class Palette {
  static final String TRUE = "#a8dba8";
  static final String FALSE = "#e8e8e8";
  static final String NOTHING = "#ffffff";

  private static final double GOLDEN_FRACTION = 0.6180339887498949;
  private static final double SATURATION = 0.65;
  private static final double LIGHTNESS = 0.82;

  private Palette() {}

  /** The fill for {@code value}, as {@code #rrggbb}. */
  public static String fill(Object value) {
    if (value instanceof Boolean b) {
      return b ? TRUE : FALSE;
    }
    if (value instanceof Character c && c == '\0' || value instanceof String s && s.isEmpty()) {
      return NOTHING;
    }
    return hue(key(value));
  }

  /** A number per value: ints and characters themselves (neighbours differ most), else a hash. */
  private static long key(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Character c) {
      return c;
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e9 ? (long) (double) d : Double.hashCode(d);
    }
    return String.valueOf(value).hashCode(); // String.hashCode is specified: stable across runs
  }

  private static String hue(long key) {
    double turns = key * GOLDEN_FRACTION;
    double h = (turns - Math.floor(turns)) * 6; // sextant of the colour wheel, 0 <= h < 6
    double chroma = (1 - Math.abs(2 * LIGHTNESS - 1)) * SATURATION;
    double x = chroma * (1 - Math.abs(h % 2 - 1));
    double[] rgb =
        switch ((int) h) {
          case 0 -> new double[] {chroma, x, 0};
          case 1 -> new double[] {x, chroma, 0};
          case 2 -> new double[] {0, chroma, x};
          case 3 -> new double[] {0, x, chroma};
          case 4 -> new double[] {x, 0, chroma};
          default -> new double[] {chroma, 0, x};
        };
    double m = LIGHTNESS - chroma / 2;
    return String.format(
        Locale.ROOT, "#%02x%02x%02x", channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
  }

  private static int channel(double fraction) {
    return (int) Math.round(Math.min(1, Math.max(0, fraction)) * 255);
  }
}
