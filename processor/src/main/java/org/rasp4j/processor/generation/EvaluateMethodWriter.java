package org.rasp4j.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.rasp4j.Program;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Indices;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;

/**
 * The {@code evaluate} methods of one variant (token type): the program as loops over primitive
 * arrays, laid out by its schedule — layer by layer, each head's loop, then the layer's MLP fused
 * into one loop — with each deferred failure checked where {@link Plan} says.
 */
final class EvaluateMethodWriter {
  private EvaluateMethodWriter() {}

  /** {@code evaluate(String)} and {@code evaluate(char[])} for characters; {@code evaluate(int[])}. */
  static List<MethodSpec> write(ProgramModel model, Variant variant) {
    return write(model, variant, Layout.DEFAULT);
  }

  /**
   * The methods of one variant: its public {@code evaluate} methods, then, for a program too large
   * for one method, the private methods its steps run in.
   */
  static List<MethodSpec> write(ProgramModel model, Variant variant, Layout layout) {
    Plan plan = Plan.of(variant.schedule(), layout);
    List<MethodSpec> methods = new ArrayList<>(evaluate(model, variant, plan));
    if (plan.split()) {
      methods.addAll(new SplitLayout(new MethodScope(plan), variant.tokenType()).methods());
    }
    return methods;
  }

  private static List<MethodSpec> evaluate(ProgramModel model, Variant variant, Plan plan) {
    String programName = model.programName();
    TypeName result = JavaLiterals.arrayType(variant.output().type());
    String doc = "Runs {@code " + programName + "} on $L: one value per position.\n\n"
        + "@throws $T when the input is null or the program cannot compute a value (the reference"
        + " interpreter's exception and message)\n";
    return switch (variant.tokenType()) {
      case CHAR -> List.of(
          MethodSpec.methodBuilder("evaluate")
              .addJavadoc(doc, "the characters of {@code tokens}", SupportTypes.RASP_EXCEPTION)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(result)
              .addParameter(String.class, MethodScope.TOKENS)
              .addCode(nullCheck("nullString"))
              .addStatement("return evaluate($N.toCharArray())", MethodScope.TOKENS)
              .build(),
          body(plan, ElementType.CHAR, "nullChars", result, tokenChecks(model))
              .addJavadoc(doc, "{@code tokens}", SupportTypes.RASP_EXCEPTION)
              .build());
      case INT -> List.of(
          body(plan, ElementType.INT, "nullInts", result, CodeBlock.of(""))
              .addJavadoc(doc, "{@code tokens}", SupportTypes.RASP_EXCEPTION)
              .build());
      default -> throw new IllegalArgumentException(
          "tokens are chars or ints, not " + variant.tokenType());
    };
  }

  private static CodeBlock nullCheck(String problem) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", MethodScope.TOKENS)
        .addStatement("throw new $T($S, -1, $T.$N())",
            SupportTypes.RASP_EXCEPTION, "tokens", SupportTypes.PROBLEMS, problem)
        .endControlFlow()
        .build();
  }

  /**
   * The vocabulary and beginning-of-sequence checks {@code Program.run} makes before the
   * interpreter runs, by the same support method; nothing for a program that accepts any input.
   */
  private static CodeBlock tokenChecks(ProgramModel model) {
    if (model.vocabulary().isEmpty() && model.bos().isEmpty()) {
      return CodeBlock.of("");
    }
    // JavaLiterals, not $S: a vocabulary may hold any character, and JavaPoet breaks a $S
    // literal at U+2028.
    return CodeBlock.of("$T.check($N, $L, $L, $L);\n", SupportTypes.TOKEN_CHECKS,
        MethodScope.TOKENS, JavaLiterals.stringLiteral(Program.nameOf(model.programName())),
        JavaLiterals.stringLiteral(model.vocabulary()), JavaLiterals.stringLiteral(model.bos()));
  }

  private static MethodSpec.Builder body(Plan plan, ElementType tokenType, String nullProblem,
      TypeName result, CodeBlock tokenChecks) {
    MethodScope scope = new MethodScope(plan);
    CodeBlock.Builder code = CodeBlock.builder();
    code.add(nullCheck(nullProblem));
    code.add(tokenChecks);
    code.addStatement("int $N = $N.length", MethodScope.LENGTH, MethodScope.TOKENS);
    if (plan.split()) {
      SplitLayout split = new SplitLayout(scope, tokenType);
      code.add(split.driver());
      code.add("\n");
      code.add(scope.stored(plan.output())
          ? CodeBlock.builder().addStatement("return $L", split.load(plan.output())).build()
          : returnOutput(scope, plan.output()));
      return MethodSpec.methodBuilder("evaluate")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(result)
          .addParameter(JavaLiterals.arrayType(tokenType), MethodScope.TOKENS)
          .addCode(code.build());
    }
    for (Node node : plan.deferredNodes()) {
      code.addStatement("$T $N = null", SupportTypes.RASP_EXCEPTION, scope.failureSlot(node));
    }
    HeadWriter heads = new HeadWriter(scope);
    ElementwiseWriter elementwise = new ElementwiseWriter(scope);
    List<Step> steps = plan.steps();
    int layer = -1;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      if (step.layer() != layer) {
        layer = step.layer();
        code.add("\n// layer $L\n", layer);
      }
      if (step instanceof Step.Head head) {
        code.add(heads.write(head));
      } else {
        code.add(mlp(scope, elementwise, (Step.Mlp) step));
      }
      for (Node node : plan.checksAfter(s)) {
        // Everything that may fail before this node, in the interpreter's order, has now run.
        code.add(scope.comment("throw the failure recorded by ", node));
        code.beginControlFlow("if ($N != null)", scope.failureSlot(node));
        code.addStatement("throw $N", scope.failureSlot(node));
        code.endControlFlow();
      }
    }
    code.add("\n");
    code.add(returnOutput(scope, plan.output()));
    return MethodSpec.methodBuilder("evaluate")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(result)
        .addParameter(JavaLiterals.arrayType(tokenType), MethodScope.TOKENS)
        .addCode(code.build());
  }

  /** A layer's MLP slice as one loop (its arrays declared first). */
  static CodeBlock mlp(MethodScope scope, ElementwiseWriter writer, Step.Mlp step) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// MLP: $L elementwise operation$L in one pass\n",
        step.nodes().size(), step.nodes().size() == 1 ? "" : "s");
    for (Elementwise node : step.nodes()) {
      if (scope.plan().inArray(node)) {
        code.addStatement("$T $N = new $T[$N]", JavaLiterals.arrayType(node.type()),
            scope.variable(node), JavaLiterals.type(node.type()), MethodScope.LENGTH);
      }
    }
    String i = MethodScope.POSITION;
    code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, MethodScope.LENGTH, i);
    for (Elementwise node : step.nodes()) {
      code.add(writer.write(node));
    }
    code.endControlFlow();
    return code.build();
  }

  /** The output's array; tokens, indices or a constant as the output are copied out first. */
  private static CodeBlock returnOutput(MethodScope scope, SopNode output) {
    if (output instanceof Tokens) {
      return CodeBlock.builder().addStatement("return $N.clone()", MethodScope.TOKENS).build();
    }
    if (!(output instanceof Indices || output instanceof Constant)) {
      return CodeBlock.builder().addStatement("return $N", scope.variable(output)).build();
    }
    String i = MethodScope.POSITION;
    String result = scope.temporaries().fresh("result");
    return CodeBlock.builder()
        .addStatement("$T $N = new $T[$N]",
            JavaLiterals.arrayType(output.type()), result, JavaLiterals.type(output.type()),
            MethodScope.LENGTH)
        .beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, MethodScope.LENGTH, i)
        .addStatement("$N[$N] = $L", result, i, scope.value(output, i))
        .endControlFlow()
        .addStatement("return $N", result)
        .build();
  }
}
