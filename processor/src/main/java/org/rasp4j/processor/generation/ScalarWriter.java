package org.rasp4j.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.processor.javarules.Conversions;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Values;
import org.rasp4j.processor.scalar.ConstantFolder;
import org.rasp4j.processor.scalar.Scalar;

/**
 * A function translated from source, inlined as one Java expression with each parameter replaced
 * by its operand's value. Every compound sub-expression is parenthesised, so precedence never
 * depends on the operands.
 *
 * <p>The expression is written so that javac types it as it typed the lambda: wherever a
 * sub-expression's static type can change what Java does (a method argument picks an overload, an
 * {@code equals} receiver, an operand of a reference-typed {@code ?:}), it is written with exactly
 * its type, a parameter as its box ({@code Integer.valueOf(a[i])}); where Java unboxes it anyway
 * (arithmetic, comparisons, conditions, casts) it is the primitive element. Calls name the
 * declaration the translation resolved, so javac resolves the same one here.
 */
final class ScalarWriter {
  private final List<?> constants;

  private ScalarWriter(List<?> constants) {
    this.constants = constants;
  }

  /** An emitted expression and the static type javac gives it. */
  private record Written(CodeBlock code, JavaType type) {}

  /**
   * The expression.
   *
   * @param arguments the value of each parameter, by index: names, array elements or literals of
   *     the parameter's primitive (or String) type
   * @param constants each parameter's constant value, by index, or null where it is not a
   *     constant; javac folds such literals, so they matter to what it sees as a zero divisor
   */
  static CodeBlock write(Scalar scalar, List<CodeBlock> arguments, List<?> constants) {
    return new ScalarWriter(constants).unboxing(scalar, arguments).code();
  }

  /** Where Java unboxes the value anyway: a boxed parameter may be written as its primitive. */
  private Written unboxing(Scalar scalar, List<CodeBlock> arguments) {
    if (scalar instanceof Scalar.Param param) {
      return new Written(arguments.get(param.index()),
          param.type().unboxed().<JavaType>map(p -> p).orElse(param.type()));
    }
    return exact(scalar, arguments);
  }

  /** The expression with exactly the scalar's static type. */
  private Written exact(Scalar scalar, List<CodeBlock> arguments) {
    JavaType type = scalar.type();
    if (scalar instanceof Scalar.Literal literal) {
      return new Written(JavaLiterals.of(literal.value(), type), type);
    }
    if (scalar instanceof Scalar.Param param) {
      CodeBlock element = arguments.get(param.index());
      return new Written(type.isPrimitive() || type.unboxed().isEmpty() ? element
          : CodeBlock.of("$T.valueOf($L)", type.javaClass(), element), type);
    }
    if (scalar instanceof Scalar.Unary unary) {
      return new Written(CodeBlock.of("($L$L)", unary.operator(),
          unboxing(unary.operand(), arguments).code()), type);
    }
    if (scalar instanceof Scalar.Binary binary) {
      Written right = unboxing(binary.right(), arguments);
      CodeBlock divisor = right.code();
      if ((binary.operator().equals("/") || binary.operator().equals("%"))
          && Conversions.isIntegral(type)
          && isZero(ConstantFolder.valueAsWritten(binary.right(), constants))) {
        // A captured local or a constant operand that is 0 is a literal here: javac would warn
        // about a division by a constant zero that the source does not contain. Through Object it is no constant; the
        // division still throws, as the lambda's does.
        divisor = CodeBlock.of("(($T) ($T) $L)", right.type().javaClass(), Object.class, divisor);
      }
      return new Written(CodeBlock.of("($L $L $L)", unboxing(binary.left(), arguments).code(),
          binary.operator(), divisor), type);
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      // A primitive ?: unboxes its operands; cast one whose type differs, so javac's typing of the
      // written expression cannot differ from the lambda's (JLS 15.25: true ? 'a' : 1 is a char).
      // A reference ?: keeps its operands' exact types, as in the source.
      CodeBlock condition = unboxing(conditional.condition(), arguments).code();
      CodeBlock then = type.isPrimitive() ? converted(conditional.then(), type, arguments)
          : exact(conditional.then(), arguments).code();
      CodeBlock otherwise = type.isPrimitive() ? converted(conditional.otherwise(), type, arguments)
          : exact(conditional.otherwise(), arguments).code();
      return new Written(CodeBlock.of("($L ? $L : $L)", condition, then, otherwise), type);
    }
    if (scalar instanceof Scalar.Cast cast) {
      return new Written(converted(cast.operand(), type, arguments), type);
    }
    if (scalar instanceof Scalar.InstanceCall call) {
      return new Written(CodeBlock.of("$L.$N($L)", exact(call.receiver(), arguments).code(),
          call.method(), exactArguments(call.arguments(), arguments)), type);
    }
    Scalar.Call call = (Scalar.Call) scalar;
    return new Written(CodeBlock.of("$L.$N($L)", owner(call.owner()), call.method(),
        exactArguments(call.arguments(), arguments)), type);
  }

  private static boolean isZero(Object constant) {
    return constant != null && Values.isNumeric(constant) && Values.asLong(constant) == 0;
  }

  private CodeBlock exactArguments(List<Scalar> scalars, List<CodeBlock> arguments) {
    List<CodeBlock> written = new ArrayList<>();
    for (Scalar argument : scalars) {
      written.add(exact(argument, arguments).code());
    }
    return CodeBlock.join(written, ", ");
  }

  /**
   * The expression converted to a primitive type: a cast only where the written type differs (a
   * redundant cast warns).
   */
  private CodeBlock converted(Scalar scalar, JavaType type, List<CodeBlock> arguments) {
    Written written = unboxing(scalar, arguments);
    if (written.type().equals(type)) {
      return written.code();
    }
    return CodeBlock.of("(($T) $L)", type.javaClass(), written.code());
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
