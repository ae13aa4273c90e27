package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Sop;

/** The trace as text: whole up to 32 positions, summarised (and saying so) beyond. */
class TraceTextTest {
  private final Sop<Character> t = tokens(CHAR).named("letters");
  private final Sop<Integer> opposite =
      Library.length().minus(indices()).minus(1).named("opp_index");
  private final Sop<Character> flip = key(indices()).eq(query(opposite)).value(t).named("flip");

  @Test
  void aShortInputIsPrintedWhole() {
    // By hand: length selects everything; flip's query i selects key 4 - i.
    assertThat(flip.trace("hello").render())
        .isEqualTo(
            """
            input ['h', 'e', 'l', 'l', 'o']
            layer 0 (embedding)
              indices = [0, 1, 2, 3, 4]
              1 = [1, 1, 1, 1, 1]
              tokens 'letters' = ['h', 'e', 'l', 'l', 'o']
            layer 1
              head 1: select == on (1, 1)
                11111
                11111
                11111
                11111
                11111
                -> aggregate 'length' = [5, 5, 5, 5, 5]
              mlp - = [5, 4, 3, 2, 1]
              mlp - 'opp_index' = [4, 3, 2, 1, 0]
            layer 2
              head 1: select == on (indices, - 'opp_index')
                ....1
                ...1.
                ..1..
                .1...
                1....
                -> aggregate 'flip' = ['o', 'l', 'l', 'e', 'h']
            output ['o', 'l', 'l', 'e', 'h']
            """);
  }

  private static final String FORTY = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN";

  @Test
  void aLongInputIsSummarisedAndSaysSo() {
    assertThat(FORTY).hasLength(40);
    // By hand: the first and last 8 of each sequence; length selects all 40 keys, flip's query i
    // the one key 39 - i.
    assertThat(flip.trace(FORTY).render())
        .isEqualTo(
            """
            input ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', …, 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N']
            (summarised: 40 positions, more than 32; each sequence shows its first and last 8 \
            values, each head the keys its first and last 3 queries select)
            layer 0 (embedding)
              indices = [0, 1, 2, 3, 4, 5, 6, 7, …, 32, 33, 34, 35, 36, 37, 38, 39]
              1 = [1, 1, 1, 1, 1, 1, 1, 1, …, 1, 1, 1, 1, 1, 1, 1, 1]
              tokens 'letters' = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', …, \
            'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N']
            layer 1
              head 1: select == on (1, 1)
                query 0 selects 40 keys: 0-39
                query 1 selects 40 keys: 0-39
                query 2 selects 40 keys: 0-39
                … 34 more queries
                query 37 selects 40 keys: 0-39
                query 38 selects 40 keys: 0-39
                query 39 selects 40 keys: 0-39
                -> aggregate 'length' = [40, 40, 40, 40, 40, 40, 40, 40, …, 40, 40, 40, 40, 40, 40, 40, 40]
              mlp - = [40, 39, 38, 37, 36, 35, 34, 33, …, 8, 7, 6, 5, 4, 3, 2, 1]
              mlp - 'opp_index' = [39, 38, 37, 36, 35, 34, 33, 32, …, 7, 6, 5, 4, 3, 2, 1, 0]
            layer 2
              head 1: select == on (indices, - 'opp_index')
                query 0 selects 1 key: 39
                query 1 selects 1 key: 38
                query 2 selects 1 key: 37
                … 34 more queries
                query 37 selects 1 key: 2
                query 38 selects 1 key: 1
                query 39 selects 1 key: 0
                -> aggregate 'flip' = ['N', 'M', 'L', 'K', 'J', 'I', 'H', 'G', …, \
            'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a']
            output ['N', 'M', 'L', 'K', 'J', 'I', 'H', 'G', …, 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a']
            """);
  }

  @Test
  void aSummarisedQueryListsItsKeysAsRunsUpToEight() {
    Sop<Integer> before = key(indices()).lt(query(indices())).value(indices());
    Sop<Integer> everyFifth = key(indices().mod(5)).eq(query(0)).value(indices());
    Sop<Integer> everyOther = key(indices().mod(2)).eq(query(0)).value(indices());

    assertThat(queryLines(before.trace(FORTY).render()))
        .containsExactly(
            "query 0 selects 0 keys",
            "query 1 selects 1 key: 0",
            "query 2 selects 2 keys: 0-1",
            "query 37 selects 37 keys: 0-36",
            "query 38 selects 38 keys: 0-37",
            "query 39 selects 39 keys: 0-38")
        .inOrder();
    // keys 0, 5, ..., 35: eight runs, all shown
    assertThat(queryLines(everyFifth.trace(FORTY).render()))
        .contains("query 39 selects 8 keys: 0, 5, 10, 15, 20, 25, 30, 35");
    // keys 0, 2, ..., 38: twenty runs, the first eight shown
    assertThat(queryLines(everyOther.trace(FORTY).render()))
        .contains("query 0 selects 20 keys: 0, 2, 4, 6, 8, 10, 12, 14, …");
  }

  private static java.util.List<String> queryLines(String text) {
    return text.lines().map(String::strip).filter(line -> line.startsWith("query ")).toList();
  }

  @Test
  void thirtyTwoPositionsArePrintedWholeAndThirtyThreeSummarised() {
    String whole = flip.trace("x".repeat(32)).render();
    String summarised = flip.trace("x".repeat(33)).render();

    assertThat(whole).doesNotContain("summarised");
    assertThat(whole).contains("\n    " + ".".repeat(31) + "1\n"); // flip's query 0 selects key 31
    assertThat(whole).contains(Values.show(java.util.Collections.nCopies(32, 'x')));
    assertThat(summarised).contains("(summarised: 33 positions, more than 32;");
    assertThat(summarised).doesNotContain("1111");
  }

  @Test
  void tenThousandTokensPrintLessThanAMegabyte() {
    // In full: two 10,000 × 10,000 matrices, 200 MB.
    String text = flip.trace("abcdefghij".repeat(1000)).render();

    assertThat(text.length()).isLessThan(1 << 20);
    assertThat(text).contains("(summarised: 10000 positions");
    assertThat(text).contains("query 9999 selects 1 key: 0\n");
    assertThat(text).contains("… 9994 more queries\n");
  }
}
