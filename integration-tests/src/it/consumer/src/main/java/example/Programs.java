package example;

import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.Sop;

public final class Programs {
  private Programs() {}

  /** Compiled by rasp4j's processor into example.Reverse. */
  @RaspProgram(name = "Reverse", maxLayers = 2)
  public static Sop<Character> reverse(Sop<Character> tokens) {
    return Reversal.reverse(tokens);
  }
}
