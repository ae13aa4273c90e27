package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the names a few edits from a misspelt one, distances worked out by hand. */
class SuggestionsTest {

  @Test
  void distancesCountEachEditOnce() {
    assertThat(Suggestions.distance("add", "add")).isEqualTo(0);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("flp", "flip")).isEqualTo(1); // an insertion
    assertThat(Suggestions.distance("flipp", "flip")).isEqualTo(1); // a deletion
    assertThat(Suggestions.distance("flop", "flip")).isEqualTo(1); // a substitution
    assertThat(Suggestions.distance("lsit", "list")).isEqualTo(1); // a swap of neighbours
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    // Optimal string alignment: "ca" -> "ac" -> "abc" edits "ac" twice, so it is 3, not 2.
    assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void caseIsIgnoredAndTheNearestComeFirst() {
    List<String> names = List.of("add", "atoi", "cumsum", "flip", "length", "slide");
    assertThat(Suggestions.near("Add", names)).containsExactly("add");
    assertThat(Suggestions.near("fli", names)).containsExactly("flip");
    assertThat(Suggestions.near("xyz", names)).isEmpty();
    // Six letters allow two edits: "lenght" is one swap from "length".
    assertThat(Suggestions.near("lenght", names)).containsExactly("length");
    assertThat(Suggestions.near("ad", List.of("atoi", "and", "add", "a"))).containsExactly("a", "add", "and").inOrder();
  }

  @Test
  void didYouMeanQuotesTheNames() {
    assertThat(Suggestions.didYouMean(List.of())).isEmpty();
    assertThat(Suggestions.didYouMean(List.of("add", "and")))
        .isEqualTo(" (did you mean 'add', 'and'?)");
  }
}
