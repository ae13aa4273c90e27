package org.rasp4j.processor.frontend;

import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.rasp4j.processor.diagnostics.Message;

/**
 * Why a field's value is out of a program's reach. The body runs at compile time, when only
 * compile-time constants (JLS 4.12.4: a {@code static final} field of a primitive type or String
 * initialised with a constant expression) have values; every other field gets its value when the
 * class runs, so the processor cannot read it, however final it is.
 */
final class FieldValues {
  private FieldValues() {}

  /** The [rasp4j.not-constant] message for reading {@code field}, written as {@code written}. */
  static String notConstant(VariableElement field, String written, Trees trees) {
    String why;
    if (!field.getModifiers().contains(Modifier.STATIC)) {
      why = "it is an instance field, and a program is static: it has no object to read it from";
    } else if (!field.getModifiers().contains(Modifier.FINAL)) {
      why = "it is not final, so its value is whatever the running code last assigned";
    } else {
      why = "it is static final, but " + initializer(field, trees)
          + " no constant expression (JLS 15.29), so the field has its value only when the class"
          + " runs";
    }
    return Message.NOT_CONSTANT.format(written, why + "; a program reads compile-time constants:"
        + " static final fields of a primitive type or String initialised with a constant"
        + " expression (static final int N = 3;), so write the field that way, or compute the"
        + " value in the program's body");
  }

  private static String initializer(VariableElement field, Trees trees) {
    if (trees.getTree(field) instanceof VariableTree variable && variable.getInitializer() != null) {
      return "its initializer " + variable.getInitializer() + " is";
    }
    return "its value is";
  }
}
