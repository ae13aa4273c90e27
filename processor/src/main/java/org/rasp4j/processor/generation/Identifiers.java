package org.rasp4j.processor.generation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Fresh local variable names for one generated method: readable (from the program's own names
 * where it gave them), valid Java, lower-case (so no variable hides a class the code calls), and
 * never equal to another name in scope.
 */
final class Identifiers {
  /** The names of the enclosing method when this is a loop's copy, else null. */
  private final Identifiers parent;
  private final Set<String> used = new HashSet<>();
  /** Per base name, the suffix to try first: every smaller one is taken (names are never freed). */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  Identifiers() {
    this(null);
  }

  private Identifiers(Identifiers parent) {
    this.parent = parent;
  }

  /**
   * A copy that continues from the names taken so far: names taken in the copy (say, a loop's
   * temporaries) do not affect this one, so sibling loops can reuse them. The copy reads this one's
   * names rather than copying them, so a large method's many loops cost no more than their own
   * names.
   */
  Identifiers copy() {
    return new Identifiers(this);
  }

  /** A name close to {@code suggestion}, e.g. "opp_idx" gives "oppIdx", then "oppIdx2". */
  String fresh(String suggestion) {
    String base = camelCase(suggestion);
    if (SourceVersion.isKeyword(base)) {
      base = base + "Value";
    }
    String name = base;
    int suffix = firstSuffix(base);
    if (suffix > 2 || taken(name)) {
      for (name = base + suffix; taken(name); name = base + suffix) {
        suffix++;
      }
      nextSuffix.put(base, suffix + 1);
    }
    used.add(name);
    return name;
  }

  private boolean taken(String name) {
    return used.contains(name) || (parent != null && parent.taken(name));
  }

  private int firstSuffix(String base) {
    int own = nextSuffix.getOrDefault(base, 2);
    return parent == null ? own : Math.max(own, parent.firstSuffix(base));
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
