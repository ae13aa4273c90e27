package org.rasp4j.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.scalar.Scalar;

/**
 * A function translated from source, inlined as one Java expression with each parameter replaced
 * by its operand's value. Every compound sub-expression is parenthesised, so precedence never
 * depends on the operands; Java semantics throughout, as the interpreter runs the same lambda.
 */
final class ScalarWriter {
  private ScalarWriter() {}

  /**
   * The expression.
   *
   * @param arguments the value of each parameter, by index: names, array elements or literals
   */
  static CodeBlock write(Scalar scalar, List<CodeBlock> arguments) {
    if (scalar instanceof Scalar.Literal literal) {
      return JavaLiterals.of(literal.value());
    }
    if (scalar instanceof Scalar.Param param) {
      return arguments.get(param.index());
    }
    if (scalar instanceof Scalar.Unary unary) {
      return CodeBlock.of("($L$L)", unary.operator(), write(unary.operand(), arguments));
    }
    if (scalar instanceof Scalar.Binary binary) {
      return CodeBlock.of(
          "($L $L $L)",
          write(binary.left(), arguments),
          binary.operator(),
          write(binary.right(), arguments));
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      // Cast a branch to the declared type, so Java types the expression as the translation did
      // (Java would type true ? 'a' : 1 as char).
      return CodeBlock.of(
          "($L ? $L : $L)",
          write(conditional.condition(), arguments),
          converted(conditional.then(), conditional.type(), arguments),
          converted(conditional.otherwise(), conditional.type(), arguments));
    }
    if (scalar instanceof Scalar.Cast cast) {
      return converted(cast.operand(), cast.type(), arguments);
    }
    Scalar.Call call = (Scalar.Call) scalar;
    List<CodeBlock> args = new ArrayList<>();
    for (Scalar argument : call.arguments()) {
      args.add(write(argument, arguments));
    }
    return CodeBlock.of("$L.$N($L)", owner(call.owner()), call.method(), CodeBlock.join(args, ", "));
  }

  /** The expression as the given type: a cast only where it changes the type (a redundant one warns). */
  private static CodeBlock converted(Scalar scalar, ElementType type, List<CodeBlock> arguments) {
    CodeBlock expression = write(scalar, arguments);
    if (scalar.type() == type || type == ElementType.BOOL || type == ElementType.STRING) {
      return expression;
    }
    return CodeBlock.of("(($T) $L)", JavaLiterals.type(type), expression);
  }

  /** The class a static call names, imported when its canonical name can be split safely. */
  private static CodeBlock owner(String canonicalName) {
    try {
      return CodeBlock.of("$T", ClassName.bestGuess(canonicalName));
    } catch (IllegalArgumentException notConventional) {
      return CodeBlock.of("$L", canonicalName);
    }
  }
}
