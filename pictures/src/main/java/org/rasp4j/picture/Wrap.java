package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * A label broken into lines for a box: at its own line breaks, then at spaces so that no line
 * is longer than asked; a word longer than a line is split where the line ends. Nothing is left
 * out, so a box shows its whole label.
 */
final class Wrap {
  private Wrap() {}

  static List<String> lines(String text, int maxLength) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ", -1)) {
        if (line.length() > 0 && length(line) + 1 + length(word) > maxLength) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
        while (length(line) > maxLength) {
          int cut = line.offsetByCodePoints(0, maxLength);
          lines.add(line.substring(0, cut));
          line.delete(0, cut);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static int length(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }
}
