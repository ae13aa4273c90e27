package org.rasp4j.interpreter;

import java.util.List;

/** How values print in traces: characters quoted, doubles short. */
public final class Values {
  private Values() {}

  /** One value: 'c' for a character, "s" for a string, 0.5 for a double, else as Java prints it. */
  public static String show(Object value) {
    if (value instanceof Character c) {
      // A control character (the '\0' of an empty selection, say) printed raw is invisible.
      return Character.isISOControl(c)
          ? String.format(java.util.Locale.ROOT, "'\\u%04x'", (int) c)
          : "'" + c + "'";
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? String.valueOf(d)
          : String.format(java.util.Locale.ROOT, "%.4g", d);
    }
    return String.valueOf(value);
  }

  /** A sequence: [a, b, c]. */
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
