package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.ir.Constant;

/** A whole run kept layer by layer: values, head matrices and the text picture. */
class TraceTest {
  private static final String HELLO = "hello";

  private final Sop<Character> t = tokens(CHAR).named("letters");
  private final Sop<Integer> length = Library.length();
  private final Sop<Integer> opposite = length.minus(indices()).minus(1).named("opp_index");
  private final Sop<Character> flip = key(indices()).eq(query(opposite)).value(t).named("flip");

  @Test
  void flipHasTheEmbeddingAndTwoAttentionLayers() {
    Trace trace = flip.trace(HELLO);
    List<Layer> layers = trace.layers();

    assertThat(layers).hasSize(3);
    assertThat(layers.get(0).heads()).isEmpty();
    assertThat(layers.get(1).heads()).hasSize(1);
    assertThat(layers.get(1).heads().get(0).outputs()).containsExactly(length.node());
    assertThat(layers.get(1).mlp()).hasSize(2); // length - indices, then - 1
    assertThat(layers.get(2).heads()).hasSize(1);
    assertThat(layers.get(2).heads().get(0).outputs()).containsExactly(flip.node());
  }

  @Test
  void everyHeadsMatrix() {
    Trace trace = flip.trace(HELLO);
    int n = HELLO.length();

    boolean[][] selectAll = trace.matrix(trace.layers().get(1).heads().get(0).selector());
    boolean[][] mirror = trace.matrix(trace.layers().get(2).heads().get(0).selector());

    for (int q = 0; q < n; q++) {
      for (int k = 0; k < n; k++) {
        assertThat(selectAll[q][k]).isTrue();
        assertThat(mirror[q][k]).isEqualTo(k == n - 1 - q);
      }
    }
  }

  @Test
  void everySopsValues() {
    Trace trace = flip.trace(HELLO);

    assertThat(trace.values(t.node())).containsExactly('h', 'e', 'l', 'l', 'o').inOrder();
    assertThat(trace.values(indices().node())).containsExactly(0, 1, 2, 3, 4).inOrder();
    assertThat(trace.values(length.node())).containsExactly(5, 5, 5, 5, 5);
    assertThat(trace.values(opposite.node())).containsExactly(4, 3, 2, 1, 0).inOrder();
    assertThat(trace.output()).containsExactly('o', 'l', 'l', 'e', 'h').inOrder();
    assertThat(trace.input()).isEqualTo(Input.of(HELLO));
  }

  @Test
  void theEmbeddingsAreWhatTheProgramReads() {
    // the letters, the indices, and the constants 1 (select-all key and query, the count, "- 1")
    assertThat(flip.trace(HELLO).embeddings())
        .containsExactly(t.node(), indices().node(), new Constant(1));
  }

  @Test
  void theRenderingNamesEveryNamedSop() {
    String text = flip.trace(HELLO).render();

    assertThat(text).contains("'letters'");
    assertThat(text).contains("'length'");
    assertThat(text).contains("'opp_index'");
    assertThat(text).contains("'flip'");
    assertThat(text).contains("layer 2");
    assertThat(text).contains("['o', 'l', 'l', 'e', 'h']");
  }

  @Test
  void aSelectorWidthShowsItsTwoHeads() {
    Sop<Character> letters = tokens(CHAR);
    Selector same = key(letters).eq(query(letters));
    Sop<Integer> histogram = same.width().named("hist");
    String input = "aab";
    int n = input.length();

    Trace trace = histogram.trace(input);
    List<Head> heads = trace.layers().get(1).heads();

    assertThat(heads).hasSize(2);
    // the RASP library's construction: "same or key position 0", then "same and key position 0"
    boolean[][] or = trace.matrix(heads.get(0).selector());
    boolean[][] and = trace.matrix(heads.get(1).selector());
    for (int q = 0; q < n; q++) {
      for (int k = 0; k < n; k++) {
        boolean selected = input.charAt(k) == input.charAt(q);
        assertThat(or[q][k]).isEqualTo(selected || k == 0);
        assertThat(and[q][k]).isEqualTo(selected && k == 0);
      }
    }
    assertThat(trace.output()).containsExactly(2, 2, 1).inOrder();
    assertThat(trace.render()).contains("'hist'");
  }

  @Test
  void anEmptyInputTracesToAnEmptyOutput() {
    Trace trace = flip.trace("");
    assertThat(trace.output()).isEmpty();
    assertThat(trace.layers()).hasSize(3);
    assertThat(trace.matrix(trace.layers().get(2).heads().get(0).selector())).isEmpty();
    assertThat(trace.render()).contains("output []");
  }
}
