package org.rasp4j.samples.transformer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasp4j.Program;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.Domain;

/**
 * The domain every sample is compiled and checked on, exhaustively: length 1 to {@link
 * #MAX_SEQ_LEN}, over a few tokens that exercise the program (its special characters, its BOS),
 * chosen by hand. Programs that take any token use "abcd"; int programs 1 to 4 (tracr's tests).
 * Longer inputs: {@code -Drasp4j.transformer.length=6} (or more; the README's Development section).
 */
final class SampleDomains {
  static final int MAX_SEQ_LEN = Integer.getInteger("rasp4j.transformer.length", 5);

  private static final Map<String, String> CHARS = Map.ofEntries(
      Map.entry("add", "019+"), Map.entry("add_step0", "019+"), Map.entry("add_step1", "019+"),
      Map.entry("add_step2", "019+"), Map.entry("atoi", "079"),
      Map.entry("first_l", "la_"), Map.entry("ralign", "a_-"),
      Map.entry("shift0", "a_0"), Map.entry("shift1", "a_0"), Map.entry("shift2", "a_0"),
      Map.entry("shift_left", "a_0"), Map.entry("slide", "<ab"),
      Map.entry("split_first", "ab+"), Map.entry("split_second", "ab+"),
      Map.entry("dyck1", "()"), Map.entry("dyck2", "(){}"),
      Map.entry("tracr_shuffle_dyck2", "(){}"), Map.entry("tracr_shuffle_dyck3", "(){}[]"),
      Map.entry("tracr_pair_balance", "()ab"),
      Map.entry("hist_bos", "§abc"), Map.entry("hist2_bos", "§abc"),
      Map.entry("most_freq_bos", "§abc"), Map.entry("sort_bos", "§abc"),
      Map.entry("reverse_by_generation", "ab>."));

  private SampleDomains() {}

  static Domain of(Program program) {
    ElementType type = program.tokenTypes().get(0);
    if (type == ElementType.INT) {
      return Domain.ofInts(MAX_SEQ_LEN, 1, 2, 3, 4);
    }
    return Domain.ofChars(CHARS.getOrDefault(program.name(), "abcd"), MAX_SEQ_LEN);
  }

  /** {@return every sequence of 1 to maxSeqLen tokens of the domain, shortest first} */
  static List<List<Object>> inputs(Domain domain) {
    List<List<Object>> all = new ArrayList<>();
    List<List<Object>> level = List.of(List.of());
    for (int n = 1; n <= domain.maxSeqLen(); n++) {
      List<List<Object>> next = new ArrayList<>();
      for (List<Object> prefix : level) {
        for (Object token : domain.vocabulary()) {
          List<Object> input = new ArrayList<>(prefix);
          input.add(token);
          next.add(List.copyOf(input));
        }
      }
      all.addAll(next);
      level = next;
    }
    return all;
  }
}
