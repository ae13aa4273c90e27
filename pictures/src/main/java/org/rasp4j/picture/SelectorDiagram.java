package org.rasp4j.picture;

import java.util.List;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.interpreter.Values;
import org.rasp4j.ir.SelectorNode;

/**
 * The picture of a selector on one input: its matrix with the query sequences down the left and
 * the key sequences along the top, drawn like a head of {@link TraceDiagram} without values.
 */
final class SelectorDiagram {
  private SelectorDiagram() {}

  /**
   * The selector as a standalone SVG document.
   *
   * @throws IllegalArgumentException when the input is longer than {@link
   *     DrawingLimit#MAX_TOKENS}
   */
  public static String of(SelectorNode selector, Input input) {
    DrawingLimit.check(input.length());
    Attention attention =
        Attention.of(
            SelectorText.of(selector),
            selector,
            Interpreter.matrix(selector, input),
            List.of(),
            SopValues.of(input));
    Stage stage = new Stage("selector", -1, null, List.of(), List.of(attention), List.of());
    Grid grid = Grid.fitting(List.of(stage), input.length());
    return new Sheet("rasp-selector", SelectorText.of(selector) + " on " + Values.show(input.tokens()))
        .place(StageBlock.draw(stage, grid, Metrics.MARGIN))
        .toSvg();
  }
}
