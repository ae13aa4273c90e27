package org.rasp4j.processor.robustness;

import org.rasp4j.Sop;

/**
 * A helper compiled before the fuzzer's programs and without {@code @RaspLibrary}: its body is on
 * the class path as bytecode only, so a program that calls it must get the error that says where
 * RASP helpers must live.
 */
public final class CompiledHelpers {
  private CompiledHelpers() {}

  public static Sop<Integer> twice(Sop<Integer> values) {
    return values.plus(values);
  }
}
