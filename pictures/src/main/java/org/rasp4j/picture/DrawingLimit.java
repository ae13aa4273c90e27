package org.rasp4j.picture;

/**
 * The longest input a picture is drawn for. A head is an n×n matrix: past a few hundred positions
 * the image is megabytes of cells nobody can read, and the text trace serves better.
 */
final class DrawingLimit {
  /** The most tokens a picture shows. */
  public static final int MAX_TOKENS = 256;

  private DrawingLimit() {}

  /**
   * @throws IllegalArgumentException when {@code tokens} is more than {@link #MAX_TOKENS}
   */
  static void check(int tokens) {
    if (tokens > MAX_TOKENS) {
      throw new IllegalArgumentException(
          "the input is too long to draw (" + tokens + " tokens, at most " + MAX_TOKENS
              + "); trace it as text instead");
    }
  }
}
