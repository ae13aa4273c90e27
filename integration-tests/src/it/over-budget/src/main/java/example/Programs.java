package example;

import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.Sop;

public final class Programs {
  private Programs() {}

  /** Needs two attention layers (length, then the reversing head): over its budget of one. */
  @RaspProgram(name = "Reverse", maxLayers = 1)
  public static Sop<Character> reverse(Sop<Character> tokens) {
    return Reversal.reverse(tokens);
  }
}
