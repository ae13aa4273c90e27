package org.rasp4j.picture;

/** The measurements all pictures share, in pixels: font, box sizes, gaps. */
final class Metrics {
  private Metrics() {}

  static final double FONT_SIZE = 12;
  static final String FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, monospace";
  /** The height of a value box, a matrix row and a line of text. */
  static final double ROW = 22;
  /** Space between a text and its box's edge, on each side. */
  static final double PAD = 6;
  /** The narrowest box: one-character values make square matrix cells. */
  static final double MIN_BOX = 22;
  /** Space between neighbouring blocks, columns and labels. */
  static final double GAP = 8;
  /** Space around the whole picture. */
  static final double MARGIN = 12;
  /** The height of a title line (a layer's or a head's). */
  static final double TITLE = 24;
  /** Half the height of a line of text, for telling whether texts overlap. */
  static final double HALF_TEXT = FONT_SIZE / 2;
}
