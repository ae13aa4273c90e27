package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Values;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * The picture of one SOp on one input: its row of value boxes under the input's row, as the blog
 * shows {@code tokens == "l"}.
 */
final class SopDiagram {
  private SopDiagram() {}

  /**
   * The SOp as a standalone SVG document.
   *
   * @throws IllegalArgumentException when the input is longer than {@link
   *     DrawingLimit#MAX_TOKENS}
   */
  public static String of(SopNode sop, Input input) {
    DrawingLimit.check(input.length());
    List<Sequence> rows = new ArrayList<>();
    if (!(sop instanceof Tokens)) {
      rows.add(new Sequence("input", input.tokens()));
    }
    rows.add(new Sequence(Labels.of(sop), SopValues.of(input).of(sop)));
    Stage stage = new Stage("sop", -1, null, rows, List.of(), List.of());
    Grid grid = Grid.fitting(List.of(stage), input.length());
    return new Sheet("rasp-sop", sop.describe() + " on " + Values.show(input.tokens()))
        .place(StageBlock.draw(stage, grid, Metrics.MARGIN))
        .toSvg();
  }
}
