package org.rasp4j.picture;

import java.util.List;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.interpreter.Values;

/**
 * The picture of a program run on one input, as the blog draws it: the input at the top, then
 * each layer in order, each head as its selector matrix between queries, keys, values and
 * outputs, each layer's MLP results as rows, and the output at the bottom.
 *
 * <p>For tests and tools the SVG marks its parts: {@code <g class="embedding" data-layer="0">},
 * {@code <g class="layer" data-layer="k">}, {@code <g class="head" data-head="h">}, {@code <rect
 * class="cell selected" data-query="i" data-key="j">} (or {@code class="cell"}), {@code <g
 * class="sequence" data-role="sop|key|query|value|output" data-label="...">} and {@code <g
 * class="value" data-value="..." data-position="i">} around each box and its text. The constants
 * the program broadcasts are one {@code <text class="note">} under the embedding's title.
 */
final class TraceDiagram {
  private TraceDiagram() {}

  /**
   * The trace as a standalone SVG document.
   *
   * @throws IllegalArgumentException when the input is longer than {@link
   *     DrawingLimit#MAX_TOKENS}
   */
  public static String of(Trace trace) {
    DrawingLimit.check(trace.input().length());
    List<Stage> stages = TraceStages.of(trace);
    Grid grid = Grid.fitting(stages, trace.input().length());
    Sheet sheet =
        new Sheet(
            "rasp-trace",
            Labels.ofValues(trace.schedule().output()) + " on " + Values.show(trace.input().tokens()));
    for (Stage stage : stages) {
      sheet.place(StageBlock.draw(stage, grid, sheet.top()));
    }
    return sheet.toSvg();
  }
}
