package org.rasp4j.interpreter;

import java.util.List;

/** How values print in traces: characters quoted, doubles short. */
public final class Values {
  private Values() {}

  /**
   * {@return one value as traces show it: 'c' for a character, "s" for a string, 0.5 for a
   * double, else as Java prints it} A control character or half a surrogate pair shows as a Java
   * escape ({@code '\u0000'}), as does half a pair inside a string; a double that is not whole
   * shows with 4 significant digits.
   *
   * @param value a value of a sequence
   */
  public static String show(Object value) {
    if (value instanceof Character c) {
      // A control character (the '\0' of an empty selection, say) printed raw is invisible; half
      // a surrogate pair (a token is one UTF-16 char) has no encoding of its own.
      return Character.isISOControl(c) || Character.isSurrogate(c)
          ? String.format(java.util.Locale.ROOT, "'\\u%04x'", (int) c)
          : "'" + c + "'";
    }
    if (value instanceof String s) {
      return "\"" + withoutLoneSurrogates(s) + "\"";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? String.valueOf(d)
          : String.format(java.util.Locale.ROOT, "%.4g", d);
    }
    return String.valueOf(value);
  }

  /** {@code s} with each half of a surrogate pair that lacks its other half escaped as in Java. */
  private static String withoutLoneSurrogates(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (paired) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * {@return a sequence as traces show it: {@code ['a', 'b', 'c']}, each value as {@link
   * #show(Object)} shows it}
   *
   * @param values the values in position order
   */
  public static String show(List<?> values) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(show(values.get(i)));
    }
    return text.append(']').toString();
  }
}
