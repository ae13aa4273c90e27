package org.rasp4j.picture;

/**
 * How wide a text draws in the pictures' monospace font, estimated without a font: every box is
 * sized from this, so text never spills over its box or into its neighbour.
 */
final class TextWidth {
  /**
   * Pixels per character at the pictures' 12 px: monospace fonts advance about 7.2 px (0.6 em);
   * the rest is spare for fonts a little wider.
   */
  public static final double PER_CHARACTER = 7.5;

  private TextWidth() {}

  /** The estimated width of {@code text}: East Asian wide characters and emoji count twice. */
  public static double of(String text) {
    return text.codePoints().map(c -> wide(c) ? 2 : 1).sum() * PER_CHARACTER;
  }

  /** The width of a box that holds {@code text} with padding on both sides. */
  static double box(String text) {
    return Math.max(Metrics.MIN_BOX, of(text) + 2 * Metrics.PAD);
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
