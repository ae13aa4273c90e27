package org.rasp4j.processor.generation;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Fresh local variable names for one generated method: readable (from the program's own names
 * where it gave them), valid Java, lower-case (so no variable hides a class the code calls), and
 * never equal to another name in scope.
 */
final class Identifiers {
  private final Set<String> used;

  Identifiers() {
    this(new HashSet<>());
  }

  private Identifiers(Set<String> used) {
    this.used = used;
  }

  /**
   * A copy that continues from the names taken so far: names taken in the copy (say, a loop's
   * temporaries) do not affect this one, so sibling loops can reuse them.
   */
  Identifiers copy() {
    return new Identifiers(new HashSet<>(used));
  }

  /** A name close to {@code suggestion}, e.g. "opp_idx" gives "oppIdx", then "oppIdx2". */
  String fresh(String suggestion) {
    String base = camelCase(suggestion);
    if (SourceVersion.isKeyword(base)) {
      base = base + "Value";
    }
    String name = base;
    for (int suffix = 2; used.contains(name); suffix++) {
      name = base + suffix;
    }
    used.add(name);
    return name;
  }

  private static String camelCase(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, 'v');
    }
    out.setCharAt(0, Character.toLowerCase(out.charAt(0)));
    return out.toString();
  }
}
