package org.rasp4j.processor.generation;

/** Static methods that generated code calls from translated functions (public: it is in another package). */
public final class TestFunctions {
  private TestFunctions() {}

  /** Throws for 3, else doubles. */
  public static int picky(int x) {
    if (x == 3) {
      throw new IllegalStateException("three is not allowed");
    }
    return 2 * x;
  }

  /** Throws an exception without a message for negative values. */
  public static int silent(int x) {
    if (x < 0) {
      throw new UnsupportedOperationException();
    }
    return x;
  }

  /** A name for a character, or null for a digit. */
  public static String nameOf(char c) {
    return Character.isDigit(c) ? null : "<" + c + ">";
  }

  /** Whether two characters are the same letter, ignoring case; '?' is an error. */
  public static boolean sameLetter(char key, char query) {
    if (key == '?' || query == '?') {
      throw new IllegalArgumentException("no letter: ?");
    }
    return Character.toLowerCase(key) == Character.toLowerCase(query);
  }

  /** Whether a key is within 1 of the query; a negative query is an error. */
  public static boolean nearby(int key, int query) {
    if (query < 0) {
      throw new IllegalArgumentException("negative query " + query);
    }
    return key - query <= 1 && query - key <= 1;
  }
}
