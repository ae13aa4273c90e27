package example;

import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.tokens;

import java.util.List;

/**
 * Runs the generated evaluator and the interpreter on one input and checks both against the
 * answer worked out by hand; verify.groovy reads the line it prints.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String evaluated = new String(Reverse.evaluate("hello"));
    List<Character> interpreted = Programs.reverse(tokens(CHAR)).eval("hello");
    check("Reverse.evaluate(\"hello\")", evaluated, "olleh");
    check("the interpreter's reverse", interpreted, List.of('o', 'l', 'l', 'e', 'h'));
    check("Reverse.ATTENTION_LAYERS", Reverse.ATTENTION_LAYERS, 2);
    System.out.println(
        "rasp4j consumer: Reverse.evaluate(\"hello\") = " + evaluated
            + " in " + Reverse.ATTENTION_LAYERS + " attention layers");
  }

  private static void check(String what, Object actual, Object expected) {
    if (!actual.equals(expected)) {
      throw new AssertionError(what + " is " + actual + ", expected " + expected);
    }
  }
}
