package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the tests that render in a real browser must run. A machine with only a JDK and Maven
 * has no Chromium, and the README's test command must pass there: by default a missing browser
 * skips those tests, saying so on the console. CI installs Chromium and sets {@code
 * RASP4J_BROWSER=required} in the environment of the README's test command (or {@code
 * -Drasp4j.browser=required} on its command line), so that a browser that went missing fails the
 * build instead of silently skipping the only tests that see the pictures drawn.
 */
enum BrowserRequirement {
  OPTIONAL,
  REQUIRED;

  static final String PROPERTY = "rasp4j.browser";
  static final String VARIABLE = "RASP4J_BROWSER";

  /**
   * The requirement the build asked for with {@code -Drasp4j.browser=...}, else with the
   * environment variable {@code RASP4J_BROWSER}.
   */
  static BrowserRequirement fromSystemProperties() {
    String property = System.getProperty(PROPERTY);
    return parse(property != null ? property : System.getenv(VARIABLE));
  }

  /** {@code required}, or {@code optional} (also when unset); anything else is a mistake. */
  static BrowserRequirement parse(String value) {
    if (value == null || value.isEmpty() || value.equals("optional")) {
      return OPTIONAL;
    }
    if (value.equals("required")) {
      return REQUIRED;
    }
    throw new IllegalArgumentException(
        "-D" + PROPERTY + "=" + value + ": expected required or optional");
  }

  /**
   * The browser a test class runs with; without one, a failure if it is required, else an
   * aborted (skipped) test class whose reason is also printed on {@code console}, since Maven's
   * summary only counts skipped tests.
   */
  HeadlessChromium orSkip(
      Optional<HeadlessChromium> browser, String testClass, PrintStream console) {
    if (browser.isPresent()) {
      return browser.get();
    }
    String missing = "no Chromium found (" + HeadlessChromium.LOOKED_FOR + ")";
    if (this == REQUIRED) {
      throw new AssertionError(
          testClass
              + " needs a browser (-D"
              + PROPERTY
              + "=required) and there is "
              + missing
              + "; install it with `apt-get install -y chromium` (Debian)");
    }
    String reason =
        testClass
            + " did not run: "
            + missing
            + ". To run it, install Chromium (`apt-get install -y chromium` on Debian);"
            + " -D"
            + PROPERTY
            + "=required (or RASP4J_BROWSER=required) makes a missing browser fail the build,"
            + " as in CI.";
    console.println("[WARNING] " + reason);
    Assumptions.abort(reason);
    throw new AssertionError("unreachable: Assumptions.abort throws");
  }
}
