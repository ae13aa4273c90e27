package org.rasp4j.processor;

import com.sun.source.util.Trees;
import javax.lang.model.element.ExecutableElement;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;

/**
 * A program's budgets are counts, 0 or more: {@code maxLayers = -1} would fail every program, even
 * one of no attention layer, with an empty critical path that explains nothing, so the annotation
 * itself is the error. Zero is a budget: {@code maxLayers = 0} says the program is elementwise
 * only (the blog's {@code atoi}), and fails with the critical path if it is not.
 */
final class BudgetValues {
  private BudgetValues() {}

  /** @throws CompileError at the budget written below zero */
  static void check(Trees trees, ExecutableElement method, RaspProgram annotation) {
    check(trees, method, "maxLayers", annotation.maxLayers(), "attention layers");
    check(trees, method, "maxHeadsPerLayer", annotation.maxHeadsPerLayer(), "heads in a layer");
  }

  private static void check(
      Trees trees, ExecutableElement method, String member, int value, String what) {
    if (value < 0) {
      throw new CompileError(AnnotationValues.tree(trees, method, member),
          AnnotationValues.unit(trees, method), Message.BAD_BUDGET.format(member, value, what));
    }
  }
}
