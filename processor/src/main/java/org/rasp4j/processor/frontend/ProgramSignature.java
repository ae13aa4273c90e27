package org.rasp4j.processor.frontend;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;

/** Reads the token types a {@code @RaspProgram} method takes from its signature. */
public final class ProgramSignature {
  private ProgramSignature() {}

  /**
   * CHAR for {@code Sop<Character>}, INT for {@code Sop<Integer>}, both for a type variable.
   *
   * @throws CompileError (on the method) for any other shape, or a method without a body
   */
  public static List<ElementType> tokenTypes(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      throw new CompileError(null, null, Message.NOT_STATIC.format(name));
    }
    if (method.getModifiers().contains(Modifier.NATIVE)) {
      throw new CompileError(null, null, Message.NO_BODY.format(name));
    }
    if (method.getParameters().size() != 1 || !isSop(method.getReturnType())) {
      throw new CompileError(null, null, Message.BAD_SIGNATURE.format(name));
    }
    TypeMirror parameter = method.getParameters().get(0).asType();
    if (!isSop(parameter)) {
      throw new CompileError(null, null, Message.BAD_SIGNATURE.format(name));
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) parameter).getTypeArguments();
    if (arguments.size() == 1) {
      TypeMirror element = arguments.get(0);
      if (element.getKind() == TypeKind.TYPEVAR) {
        return List.of(ElementType.CHAR, ElementType.INT);
      }
      String text = element.toString();
      if (text.equals("java.lang.Character")) {
        return List.of(ElementType.CHAR);
      }
      if (text.equals("java.lang.Integer")) {
        return List.of(ElementType.INT);
      }
    }
    throw new CompileError(null, null, Message.BAD_SIGNATURE.format(name));
  }

  private static boolean isSop(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().toString().equals("org.rasp4j.Sop");
  }
}
