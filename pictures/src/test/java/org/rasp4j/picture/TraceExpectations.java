package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.picture.SvgDocument.all;
import static org.rasp4j.picture.SvgDocument.child;
import static org.rasp4j.picture.SvgDocument.children;
import static org.rasp4j.picture.SvgDocument.sequences;
import static org.rasp4j.picture.SvgDocument.valueTexts;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.interpreter.Values;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;
import org.w3c.dom.Element;

/**
 * Checks a trace picture against the trace itself (the interpreter's values and matrices, and the
 * schedule's layers and heads): what the picture must show, found through its marks.
 */
final class TraceExpectations {
  private TraceExpectations() {}

  static void assertPictureShows(Trace trace, SvgDocument svg) {
    Schedule schedule = trace.schedule();
    List<Element> layers = svg.all("layer");
    assertThat(layers).hasSize(schedule.attentionLayers());
    assertThat(svg.all("embedding")).hasSize(1);
    Element embedding = svg.all("embedding").get(0);
    assertRowsShow(trace, children(embedding, "mlp"), schedule.layers().get(0).mlp());
    List<List<String>> inputRows = rowTexts(children(embedding, "inputs").get(0));
    List<String> constants = new ArrayList<>();
    int rows = 0;
    for (SopNode input : trace.embeddings()) {
      if (input instanceof Constant constant) {
        constants.add(Values.show(constant.value()));
        continue;
      }
      rows++;
      assertWithMessage("embedding row of %s", input)
          .that(inputRows)
          .contains(texts(trace.values(input)));
    }
    // Broadcast constants take no row each but one line; the tokens have a row even unread.
    boolean tokensRead = trace.embeddings().stream().anyMatch(sop -> sop instanceof Tokens);
    assertThat(inputRows).hasSize(tokensRead ? rows : rows + 1);
    List<Element> notes = children(embedding, "note");
    if (constants.isEmpty()) {
      assertThat(notes).isEmpty();
    } else {
      assertThat(notes).hasSize(1);
      String note = notes.get(0).getTextContent();
      assertThat(note).startsWith(TraceStages.CONSTANTS);
      assertThat(List.of(note.substring(TraceStages.CONSTANTS.length()).split(", ")))
          .containsExactlyElementsIn(constants);
    }
    for (int k = 1; k <= schedule.attentionLayers(); k++) {
      Element layer = layers.get(k - 1);
      assertThat(layer.getAttribute("data-layer")).isEqualTo(String.valueOf(k));
      Layer expected = schedule.layers().get(k);
      List<Element> heads = children(layer, "head");
      assertThat(heads).hasSize(schedule.headsPerLayer().get(k - 1));
      for (int h = 0; h < heads.size(); h++) {
        assertHeadShows(trace, expected.heads().get(h), heads.get(h));
      }
      assertRowsShow(trace, children(layer, "mlp"), expected.mlp());
    }
    Element output = svg.all("output").get(0);
    assertThat(valueTexts(sequences(child(output, "g"), "sop").get(0)))
        .containsExactlyElementsIn(texts(trace.output()))
        .inOrder();
  }

  private static void assertHeadShows(Trace trace, Head head, Element drawn) {
    int n = trace.input().length();
    boolean[][] matrix = trace.matrix(head.selector());
    List<Element> cells = all(drawn, "cell");
    assertThat(cells).hasSize(n * n);
    boolean[][] seen = new boolean[n][n];
    for (Element cell : cells) {
      int q = Integer.parseInt(cell.getAttribute("data-query"));
      int k = Integer.parseInt(cell.getAttribute("data-key"));
      assertWithMessage("cell (%s, %s) drawn twice", q, k).that(seen[q][k]).isFalse();
      seen[q][k] = true;
      assertWithMessage("cell (%s, %s) of %s", q, k, head.selector())
          .that(SvgDocument.hasClass(cell, "selected"))
          .isEqualTo(matrix[q][k]);
      // Selected cells are filled; the others take the matrix group's blank fill.
      assertThat(cell.getAttribute("fill")).isEqualTo(matrix[q][k] ? AttentionBlock.SELECTED_FILL : "");
    }
    List<Element> outputs = sequences(drawn, "output");
    assertThat(outputs).hasSize(head.outputs().size());
    for (int i = 0; i < outputs.size(); i++) {
      assertSequenceShows(outputs.get(i), trace.values(head.outputs().get(i)));
    }
    if (head.selector() instanceof Select select) {
      assertSequenceShows(sequences(drawn, "query").get(0), trace.values(select.queries()));
      assertSequenceShows(sequences(drawn, "key").get(0), trace.values(select.keys()));
    }
    List<Element> valueRows = sequences(drawn, "value");
    List<SopNode> moved = new ArrayList<>();
    for (SopNode output : head.outputs()) {
      if (output instanceof Aggregate aggregate && !moved.contains(aggregate.values())) {
        moved.add(aggregate.values());
      }
    }
    assertThat(valueRows).hasSize(moved.size());
    for (int i = 0; i < moved.size(); i++) {
      assertSequenceShows(valueRows.get(i), trace.values(moved.get(i)));
    }
  }

  private static void assertRowsShow(Trace trace, List<Element> groups, List<SopNode> sops) {
    if (sops.isEmpty()) {
      assertThat(groups).isEmpty();
      return;
    }
    List<Element> rows = sequences(groups.get(0), "sop");
    assertThat(rows).hasSize(sops.size());
    for (int i = 0; i < sops.size(); i++) {
      assertSequenceShows(rows.get(i), trace.values(sops.get(i)));
    }
  }

  /** Each box: its text is the value's short form, its data-value the trace's exact print. */
  static void assertSequenceShows(Element sequence, List<Object> values) {
    List<Element> boxes = children(sequence, "value");
    assertThat(boxes).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      Element box = boxes.get(i);
      assertThat(box.getAttribute("data-position")).isEqualTo(String.valueOf(i));
      assertThat(child(box, "text").getTextContent()).isEqualTo(ValueText.of(values.get(i)));
      assertThat(box.getAttribute("data-value")).isEqualTo(Values.show(values.get(i)));
      assertThat(child(box, "rect").getAttribute("fill")).isEqualTo(Palette.fill(values.get(i)));
    }
  }

  private static List<List<String>> rowTexts(Element group) {
    List<List<String>> rows = new ArrayList<>();
    for (Element row : sequences(group, "sop")) {
      rows.add(valueTexts(row));
    }
    return rows;
  }

  static List<String> texts(List<?> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(ValueText.of(value)));
    return texts;
  }
}
