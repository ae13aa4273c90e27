package org.rasp4j.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.diagnostics.CompileError;

/**
 * A generic program ({@code Sop<T>}) is compiled once per token type, and its body may fail for
 * one only ({@code tokens.plus(1)} adds to integers, not to characters): the error says for which,
 * or a reader sees a type error in a line that compiles for the other.
 */
final class TokenTypes {
  private TokenTypes() {}

  /** {@code error}, at the same place, saying it arose with {@code tokenType} tokens. */
  static CompileError inVariant(CompileError error, ExecutableElement method, ElementType tokenType) {
    String type = tokenType == ElementType.CHAR ? "Character" : "Integer";
    return new CompileError(error.tree(), error.unit(), error.getMessage()
        + " (with " + variable(method) + " = " + type + ": a generic program is compiled once per token type,"
        + " Sop<Character> and Sop<Integer>, and must compile for both)");
  }

  /** The name of the program's type variable, T in {@code <T> Sop<T> p(Sop<T> tokens)}. */
  private static String variable(ExecutableElement method) {
    TypeMirror parameter = method.getParameters().get(0).asType();
    return parameter instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
        ? declared.getTypeArguments().get(0).toString()
        : "T";
  }
}
