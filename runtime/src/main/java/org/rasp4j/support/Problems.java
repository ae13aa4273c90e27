package org.rasp4j.support;

import java.util.Locale;

/**
 * The text of every run-time problem that is not arithmetic: what follows "sop at position i: " in
 * a {@link org.rasp4j.RaspException}.
 */
public final class Problems {
  private Problems() {}

  /** {@return the text for a null String input} */
  public static String nullString() {
    return "the input is null; pass a String (\"\" for none)";
  }

  /** {@return the text for a null char[] input (generated evaluators take one besides the String)} */
  public static String nullChars() {
    return "the input is null; pass a char[] (empty for none)";
  }

  /** {@return the text for a null int[] input} */
  public static String nullInts() {
    return "the input is null; pass an int[] (empty for none)";
  }

  /**
   * {@return the text for a character token outside the program's vocabulary}
   *
   * @param token the token
   * @param program the program's name, as {@link org.rasp4j.Program#name()} gives it
   * @param vocabulary the characters the program accepts
   */
  public static String unknownToken(char token, String program, String vocabulary) {
    return "unknown token " + token(token) + "; " + program + " accepts \"" + vocabulary + "\"";
  }

  /**
   * {@return the text for a non-empty input whose first token is not the program's
   * beginning-of-sequence token}
   *
   * @param token the first token
   * @param program the program's name
   * @param bos the beginning-of-sequence token
   */
  public static String missingBos(char token, String program, char bos) {
    return program + " expects its beginning-of-sequence token " + token(bos)
        + " at position 0, not " + token(token) + "; start the input with it";
  }

  /**
   * {@return the text for the beginning-of-sequence token after position 0}
   *
   * @param program the program's name
   * @param bos the beginning-of-sequence token
   */
  public static String bosAfterStart(String program, char bos) {
    return token(bos) + " is " + program + "'s beginning-of-sequence token, allowed only at"
        + " position 0";
  }

  /**
   * A token as messages show it: quoted when it prints as itself ({@code 'x'}, {@code ' '}), else
   * its code unit as {@code U+000A}: control and format characters, other spaces, unassigned and
   * private-use chars, and each half of a surrogate pair (a token is one UTF-16 char, so half a
   * pair is a token of its own, which no text encoding can print alone).
   *
   * @param token the token
   * @return the token's text in messages
   */
  public static String token(char token) {
    return printable(token) ? "'" + token + "'" : String.format(Locale.ROOT, "U+%04X", (int) token);
  }

  private static boolean printable(char c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  /**
   * An int sum of two or more selected values that does not fit in an int.
   *
   * @param positions the selected key positions, in key order, in {@code positions[0..count)}
   * @param count how many positions are selected
   * @param sum the exact sum
   * @return the text of the overflow
   */
  public static String sumOverflow(int[] positions, int count, long sum) {
    return "integer overflow: the sum of key positions " + list(positions, count) + " is " + sum;
  }

  /**
   * Two or more selected values that cannot be summed.
   *
   * @param type the values' type as messages name it: "char", "boolean" or "String"
   * @param positions the selected key positions, in key order, in {@code positions[0..count)}
   * @param count how many positions are selected, 2 or more
   * @return the text of the problem
   */
  public static String cannotSum(String type, int[] positions, int count) {
    return "cannot sum " + count + " " + type + " values (key positions " + list(positions, count)
        + "); a " + type + " aggregate must select at most one position"
        + (type.equals("boolean") ? " (count booleans with toInt())" : "");
  }

  /**
   * The text of an {@link ArithmeticException} from an operation or a user function. HotSpot
   * replaces a division by zero that it has compiled as hot with a preallocated exception that has
   * no message, so the same division reads "/ by zero" or nothing depending on the JIT; a missing
   * message is always read as "/ by zero", so that the interpreter and generated code, which may
   * run one function at different temperatures, say the same thing.
   *
   * @param e the exception
   * @return its text in messages
   */
  public static String arithmetic(ArithmeticException e) {
    return e.getMessage() == null ? "/ by zero" : e.getMessage();
  }

  /**
   * A user function that threw something other than an {@link ArithmeticException}. The exceptions
   * the JVM throws itself (a null dereference, an array index, a cast, an array store) are named by
   * class alone: their messages depend on whether the JIT has compiled the throwing code (HotSpot
   * then drops them), so they would differ between two runs of one function.
   *
   * @param e the exception the function threw
   * @return its text in messages
   */
  public static String functionThrew(RuntimeException e) {
    String type = e.getClass().getSimpleName();
    boolean implicit = e instanceof NullPointerException
        || e instanceof ArrayIndexOutOfBoundsException
        || e instanceof ClassCastException
        || e instanceof ArrayStoreException;
    return "the function threw " + type
        + (implicit || e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * A user function whose result is not of its declared type.
   *
   * @param value what the function returned
   * @param type the declared type as messages name it: "int", "String", ...
   * @return the text of the problem
   */
  public static String functionReturned(Object value, String type) {
    return "the function returned "
        + (value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")")
        + ", not a " + type;
  }

  /** Positions as a list prints them: {@code [0, 2, 3]}. */
  private static String list(int[] positions, int count) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(positions[i]);
    }
    return text.append(']').toString();
  }
}
