package org.rasp4j.samples.compiled;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.samples.Catalog;
import org.rasp4j.samples.CompiledProgram;

/**
 * Every sample program's generated evaluator against the interpreter on <em>every</em> input of a
 * small domain, for every length from 0 to the largest that fits {@link #BUDGET} inputs (at least
 * {@link #MIN_LENGTH}): the same values, or the same exception class and message.
 *
 * <p>The domains: a character program with a vocabulary of at most {@link #SMALL_VOCABULARY}
 * characters runs on its whole vocabulary; any other runs on the alphabet {@link #ALPHABETS}
 * gives it (the characters its program reacts to; for the paper's BOS programs the BOS symbol too,
 * anywhere); an int program runs on {@link #INTS}: small values, so that tokens repeat, and the
 * int extremes, so that every overflow error a short input can reach is reached. The test prints
 * each program's domain and length.
 */
class ExhaustiveAgreementTest {
  /** Inputs per program and token type: bounds the whole test to about two minutes on two cores. */
  static final int BUDGET = 100_000;

  static final int MIN_LENGTH = 5;
  static final int SMALL_VOCABULARY = 6;

  /** Ints: small ones (a negative, zero, repeats for sorts and histograms) and the extremes. */
  static final List<Integer> INTS = List.of(-1, 0, 1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE);

  /** Characters of the programs that accept many or any: what each compares its tokens with. */
  static final Map<String, String> ALPHABETS = Map.ofEntries(
      Map.entry("shift0", "ab_"),
      Map.entry("shift1", "ab_"),
      Map.entry("shift2", "ab_"),
      Map.entry("shift_left", "ab0"),
      Map.entry("first_l", "lo_"),
      Map.entry("ralign", "a_-"),
      Map.entry("split_first", "a+0"),
      Map.entry("split_second", "a+0"),
      Map.entry("slide", "a<b"),
      Map.entry("atoi", "0179"),
      Map.entry("add", "019+"),
      Map.entry("add_step0", "019+"),
      Map.entry("add_step1", "019+"),
      Map.entry("add_step2", "019+"),
      Map.entry("hist_bos", "§ab"),
      Map.entry("hist2_bos", "§ab"),
      Map.entry("sort_bos", "§ab"),
      Map.entry("most_freq_bos", "§ab"),
      Map.entry("tracr_frac_prevs", "lo"),
      Map.entry("tracr_pair_balance", "()a"),
      Map.entry("tracr_shift_by", "ab"),
      Map.entry("tracr_detect_pattern", "abc"),
      Map.entry("tracr_count", "ab"));

  /** For character programs that accept any character and compare only tokens with tokens. */
  static final String ANY = "abc";

  @Test
  void everySampleAgreesOnEveryShortInput() {
    List<String> plan = Collections.synchronizedList(new ArrayList<>());
    List<String> disagreements = Collections.synchronizedList(new ArrayList<>());
    List<Runnable> work = new ArrayList<>();
    for (Program program : Catalog.all()) {
      CompiledProgram compiled = CompiledProgram.of(program);
      for (ElementType type : program.tokenTypes()) {
        work.add(() -> {
          List<Object> domain = domain(program, type);
          int length = maxLength(domain.size());
          long count = agreeOnAll(program, compiled, type, domain, length, disagreements);
          plan.add(String.format("%-26s %-4s length 0..%d over %s: %d inputs", program.name(), type,
              length, show(domain), count));
        });
      }
    }
    work.parallelStream().forEach(Runnable::run);
    Collections.sort(plan);
    System.out.println("exhaustive agreement:\n  " + String.join("\n  ", plan));
    assertWithMessage("generated evaluators that disagree with the interpreter")
        .that(disagreements)
        .isEmpty();
  }

  @Test
  void everyAlphabetIsForASampleProgram() {
    for (String name : ALPHABETS.keySet()) {
      assertWithMessage("ALPHABETS names %s", name).that(Catalog.find(name).isPresent()).isTrue();
    }
  }

  /** The tokens a program is run on (see the class comment). */
  static List<Object> domain(Program program, ElementType type) {
    if (type == ElementType.INT) {
      return List.copyOf(INTS);
    }
    String vocabulary = program.vocabulary();
    String alphabet = ALPHABETS.getOrDefault(program.name(),
        !vocabulary.isEmpty() && vocabulary.length() <= SMALL_VOCABULARY ? vocabulary : ANY);
    List<Object> chars = new ArrayList<>();
    for (char c : alphabet.toCharArray()) {
      chars.add(c);
    }
    return chars;
  }

  /** The largest length whose inputs, all lengths up to it together, fit the budget. */
  static int maxLength(int symbols) {
    long total = 1;
    long power = 1;
    int length = 0;
    while (true) {
      power *= symbols;
      if (total + power > BUDGET && length >= MIN_LENGTH) {
        return length;
      }
      total += power;
      length++;
    }
  }

  private static long agreeOnAll(Program program, CompiledProgram compiled, ElementType type,
      List<Object> domain, int maxLength, List<String> disagreements) {
    long count = 0;
    for (int length = 0; length <= maxLength; length++) {
      int[] digits = new int[length];
      List<Object> tokens = new ArrayList<>(Collections.nCopies(length, domain.get(0)));
      while (true) {
        Input input = Input.of(type, tokens);
        Outcome expected = Outcome.of(() -> program.run(input));
        Outcome actual = Outcome.of(() -> compiled.run(input));
        count++;
        if (!expected.equals(actual) && disagreements.size() < 20) {
          disagreements.add(program.name() + " on " + tokens + ": interpreter " + expected
              + ", generated " + actual);
        }
        int i = length - 1;
        while (i >= 0 && digits[i] == domain.size() - 1) {
          digits[i] = 0;
          tokens.set(i, domain.get(0));
          i--;
        }
        if (i < 0) {
          break;
        }
        digits[i]++;
        tokens.set(i, domain.get(digits[i]));
      }
    }
    return count;
  }

  private static String show(List<Object> domain) {
    return domain.toString().replace(String.valueOf(Integer.MIN_VALUE), "MIN")
        .replace(String.valueOf(Integer.MAX_VALUE), "MAX");
  }
}
