package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.ir.ElementType;

/** The catalogue holds every sample program under its CLI name, with consistent annotations. */
class CatalogTest {

  private static final List<String> BLOG =
      List.of(
          "flip", "length", "histogram", "window_sum", "cumsum", "index0", "index1", "index4",
          "shift0", "shift1", "shift2", "shift_left", "minimum", "first_l", "ralign",
          "split_first", "split_second", "slide", "atoi", "add", "add_step0", "add_step1",
          "add_step2", "cumsum_length_minus_indices");

  private static final List<String> PAPER =
      List.of(
          "sort", "reverse", "hist_bos", "hist_nobos", "hist2_bos", "sort_bos", "most_freq_bos",
          "dyck1", "dyck2");

  private static final List<String> TRACR =
      List.of(
          "tracr_length", "tracr_frac_prevs", "tracr_pair_balance", "tracr_sort_unique",
          "tracr_sort", "tracr_sort_freq", "tracr_shift_by", "tracr_detect_pattern",
          "tracr_count_less_freq", "tracr_count", "tracr_shuffle_dyck2", "tracr_shuffle_dyck3");

  private static final List<String> CAUSAL =
      List.of(
          "causal_frac_prevs", "causal_shift_by", "causal_detect_pattern", "causal_length",
          "reverse_by_generation");

  /** Programs that make sense on characters and on ints, written with a type variable. */
  private static final List<String> GENERIC =
      List.of(
          "flip", "length", "histogram", "cumsum_length_minus_indices", "index0", "index1",
          "index4", "minimum", "sort",
          "reverse", "hist_nobos", "tracr_length", "tracr_sort_unique", "tracr_sort_freq",
          "tracr_count_less_freq", "causal_length");

  @Test
  void everyProgramIsThereAndNothingElse() {
    List<String> all = new ArrayList<>();
    all.addAll(BLOG);
    all.addAll(PAPER);
    all.addAll(TRACR);
    all.addAll(CAUSAL);
    assertThat(Catalog.all().stream().map(Program::name).toList()).containsExactlyElementsIn(all);
  }

  @Test
  void blogThenPaperThenTracrThenCausal() {
    List<String> names = Catalog.all().stream().map(Program::name).toList();
    int tracrEnd = BLOG.size() + PAPER.size() + TRACR.size();
    assertThat(names.subList(0, BLOG.size())).containsExactlyElementsIn(BLOG);
    assertThat(names.subList(BLOG.size(), BLOG.size() + PAPER.size()))
        .containsExactlyElementsIn(PAPER);
    assertThat(names.subList(BLOG.size() + PAPER.size(), tracrEnd))
        .containsExactlyElementsIn(TRACR);
    assertThat(names.subList(tracrEnd, names.size())).containsExactlyElementsIn(CAUSAL);
  }

  /** Exactly the causal samples are causal. */
  @Test
  void theCausalSamplesAreCausal() {
    for (Program program : Catalog.all()) {
      assertWithMessage("causal: %s", program)
          .that(program.causal()).isEqualTo(CAUSAL.contains(program.name()));
    }
  }

  @Test
  void namesAreUnique() {
    List<String> names = Catalog.all().stream().map(Program::name).toList();
    assertThat(names).containsNoDuplicates();
  }

  @Test
  void generatedClassNamesAreGivenUpperCamelAndUnique() {
    Set<String> seen = new HashSet<>();
    for (Program program : Catalog.all()) {
      String name = program.annotation().name();
      assertWithMessage("class name of %s", program).that(name).matches("[A-Z][A-Za-z0-9]*");
      assertWithMessage("class name of %s is unique", program).that(seen.add(name)).isTrue();
    }
  }

  @Test
  void theLayerBudgetIsExactlyTheAnalysedLayerCount() {
    for (Program program : Catalog.all()) {
      RaspProgram annotation = program.annotation();
      int layers = program.schedule().attentionLayers();
      assertWithMessage("layers of %s within its budget", program)
          .that(layers)
          .isAtMost(annotation.maxLayers());
      assertWithMessage("budget of %s is its layer count", program)
          .that(annotation.maxLayers())
          .isEqualTo(layers);
    }
  }

  @Test
  void genericProgramsTakeBothTokenTypes() {
    for (Program program : Catalog.all()) {
      if (GENERIC.contains(program.name())) {
        assertWithMessage("token types of %s", program)
            .that(program.tokenTypes())
            .containsExactly(ElementType.CHAR, ElementType.INT);
      } else {
        assertWithMessage("token types of %s", program).that(program.tokenTypes()).hasSize(1);
      }
    }
  }

  @Test
  void characterOnlyProgramsHaveAVocabularyOrABos() {
    for (Program program : Catalog.all()) {
      if (program.tokenTypes().equals(List.of(ElementType.CHAR))) {
        assertWithMessage("vocabulary or bos of %s", program)
            .that(program.vocabulary() + program.bos()).isNotEmpty();
      }
    }
  }

  @Test
  void vocabulariesOfTheDomainPrograms() {
    assertThat(vocabularyOf("add")).isEqualTo(setOf("0123456789+"));
    assertThat(vocabularyOf("atoi")).isEqualTo(setOf("0123456789"));
    assertThat(vocabularyOf("dyck1")).isEqualTo(setOf("()"));
    assertThat(vocabularyOf("dyck2")).isEqualTo(setOf("(){}"));
    assertThat(vocabularyOf("tracr_shuffle_dyck3")).isEqualTo(setOf("(){}[]"));
    // The paper's BOS programs take any characters after the BOS, as the original RASP does.
    for (String bosProgram : List.of("hist_bos", "hist2_bos", "sort_bos", "most_freq_bos")) {
      assertThat(vocabularyOf(bosProgram)).isEmpty();
      assertThat(Catalog.find(bosProgram).orElseThrow().bos()).isEqualTo("§");
    }
  }

  private static Set<Character> vocabularyOf(String name) {
    return setOf(Catalog.find(name).orElseThrow().vocabulary());
  }

  private static Set<Character> setOf(String chars) {
    Set<Character> set = new HashSet<>();
    for (char c : chars.toCharArray()) {
      set.add(c);
    }
    return set;
  }
}
