package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;

/** Running catalogue programs by name, for the sample programs' tests. */
final class SampleRuns {
  private SampleRuns() {}

  static Program program(String name) {
    return Catalog.find(name).orElseThrow(() -> new AssertionError("no program " + name));
  }

  static List<?> run(String name, String input) {
    return program(name).run(Input.of(input));
  }

  /** Runs on ints; a RASP program's output is as long as its input, always. */
  static List<?> run(String name, List<Integer> input) {
    List<?> out = program(name).run(Input.of(input.stream().mapToInt(Integer::intValue).toArray()));
    assertWithMessage("output length").that(out).hasSize(input.size());
    return out;
  }

  /** The program's attention layers and merged heads per layer, as its table states them. */
  static void assertSchedule(String name, int layers, List<Integer> heads) {
    Schedule schedule = program(name).schedule();
    assertWithMessage("%s layers", name).that(schedule.attentionLayers()).isEqualTo(layers);
    assertWithMessage("%s heads", name).that(schedule.headsPerLayer()).isEqualTo(heads);
  }

  static List<Character> chars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c);
    }
    return out;
  }
}
