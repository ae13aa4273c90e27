package org.rasp4j.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.rasp4j.Program;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;

/**
 * The incremental decoder of one variant of a causal program: a nested class whose {@code append}
 * computes every value at the new position only (under the mask nothing earlier changes), the
 * values of earlier positions kept in growing arrays and each head's running state in fields
 * ({@link DecoderHeadWriter}); its factory method; and {@code generate} when the output is a
 * token.
 */
final class DecoderWriter {
  /** The arrays' capacity before their first growth. */
  private static final int CAPACITY = 16;

  private final ProgramModel model;
  private final Variant variant;
  private final Plan plan;
  private final MethodScope scope;
  private final ClassName decoder;
  private final String factory;

  private DecoderWriter(ProgramModel model, Variant variant, Layout layout, boolean several) {
    this.model = model;
    this.variant = variant;
    this.plan = Plan.of(variant.schedule(), layout);
    this.scope = new MethodScope(plan);
    String prefix = several ? (variant.tokenType() == ElementType.CHAR ? "Char" : "Int") : "";
    String simple = prefix + "Decoder";
    // A nested class cannot share its enclosing class's name.
    this.decoder = ClassName.get(model.packageName(), model.className(),
        simple.equals(model.className()) ? model.className() + simple : simple);
    this.factory = several ? prefix.toLowerCase(java.util.Locale.ROOT) + "Decoder" : "decoder";
  }

  /** Adds the decoder of each variant to the class of a causal program. */
  static void addTo(TypeSpec.Builder type, ProgramModel model, Layout layout) {
    boolean several = model.variants().size() > 1;
    for (Variant variant : model.variants()) {
      DecoderWriter writer = new DecoderWriter(model, variant, layout, several);
      type.addType(writer.decoderClass());
      type.addMethod(writer.factoryMethod());
      if (variant.output().type() == variant.tokenType()) {
        type.addMethod(writer.generate());
      }
    }
    type.addMethod(kernels(Plan.of(model.variants().get(0).schedule(), layout)));
  }

  private ElementType tokenType() {
    return variant.tokenType();
  }

  private TypeName token() {
    return JavaLiterals.type(tokenType());
  }

  private TypeName output() {
    return JavaLiterals.type(variant.output().type());
  }

  private MethodSpec factoryMethod() {
    return MethodSpec.methodBuilder(factory)
        .addJavadoc("A new decoder of {@code $L} on $L tokens, holding no position yet; see"
            + " {@link $T}.\n", model.programName(), tokenType(), decoder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decoder)
        .addStatement("return new $T()", decoder)
        .build();
  }

  private TypeSpec decoderClass() {
    String tokens = MethodScope.TOKENS;
    String length = scope.fresh("length");
    String broken = scope.fresh("broken");
    // Locals and the parameter named apart from the fields, which they would hide.
    String token = scope.fresh("token");
    String capacity = scope.fresh("capacity");
    TypeSpec.Builder type = TypeSpec.classBuilder(decoder.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(classDoc());
    type.addField(FieldSpec.builder(JavaLiterals.arrayType(tokenType()), tokens, Modifier.PRIVATE)
        .addJavadoc("The tokens appended so far, then spare capacity.\n")
        .initializer("new $T[$L]", token(), CAPACITY)
        .build());
    type.addField(FieldSpec.builder(TypeName.INT, length, Modifier.PRIVATE)
        .addJavadoc("The number of tokens appended.\n")
        .build());
    type.addField(FieldSpec.builder(TypeName.BOOLEAN, broken, Modifier.PRIVATE)
        .addJavadoc("Whether an append failed after it began to compute.\n")
        .build());
    List<SopNode> stored = new ArrayList<>();
    for (Node node : plan.nodes()) {
      if (scope.stored(node)) {
        SopNode sop = (SopNode) node;
        stored.add(sop);
        type.addField(FieldSpec.builder(JavaLiterals.arrayType(sop.type()), scope.variable(sop),
                Modifier.PRIVATE)
            // Not the SOp's name: a name or operator may hold what javadoc reads as HTML.
            .addJavadoc("A computed SOp's value at each position so far.\n")
            .initializer("new $T[$L]", JavaLiterals.type(sop.type()), CAPACITY)
            .build());
      }
    }
    boolean split = plan.split();
    if (split) {
      for (Node node : plan.deferredNodes()) {
        type.addField(FieldSpec.builder(SupportTypes.RASP_EXCEPTION, scope.failureSlot(node),
                Modifier.PRIVATE)
            .addJavadoc("The first failure of a node thrown after a later step, or null.\n")
            .build());
      }
    }
    DecoderHeadWriter heads = new DecoderHeadWriter(scope);
    ElementwiseWriter elementwise = new ElementwiseWriter(scope);
    CodeBlock.Builder steps = CodeBlock.builder();
    List<MethodSpec> stepMethods = new ArrayList<>();
    if (!split) {
      for (Node node : plan.deferredNodes()) {
        steps.addStatement("$T $N = null", SupportTypes.RASP_EXCEPTION, scope.failureSlot(node));
      }
    }
    int layer = -1;
    for (int s = 0; s < plan.steps().size(); s++) {
      Step step = plan.steps().get(s);
      CodeBlock.Builder code = CodeBlock.builder();
      if (step.layer() != layer) {
        layer = step.layer();
        code.add("// layer $L\n", layer);
      }
      if (step instanceof Step.Head head) {
        code.add(heads.write(head));
      } else {
        for (var node : ((Step.Mlp) step).nodes()) {
          code.add(elementwise.write(node));
        }
      }
      for (Node node : plan.checksAfter(s)) {
        code.add(scope.comment("throw the failure recorded by ", node));
        code.beginControlFlow("if ($N != null)", scope.failureSlot(node));
        code.addStatement("throw $N", scope.failureSlot(node));
        code.endControlFlow();
      }
      if (split) {
        String name = "step" + s;
        stepMethods.add(MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, MethodScope.POSITION)
            .addParameter(TypeName.INT, MethodScope.LENGTH)
            .addCode(code.build())
            .build());
        steps.addStatement("$N($N, $N)", name, MethodScope.POSITION, MethodScope.LENGTH);
      } else {
        steps.add(code.build());
      }
    }
    heads.fields().forEach(type::addField);

    String i = MethodScope.POSITION;
    MethodSpec.Builder append = MethodSpec.methodBuilder("append")
        .addJavadoc("Appends {@code token} at position {@link #length()} and returns the"
            + " program's output there: the last value of {@code evaluate} on the tokens appended"
            + " so far. Earlier positions are not computed again.\n\n"
            + "@param $N the next token\n"
            + "@return the output at the new position\n"
            + "@throws $T as {@code evaluate} throws on the tokens so far: a refused token (then"
            + " this decoder is unchanged) or a value that cannot be computed (then it is"
            + " unusable)\n"
            + "@throws $T if an earlier append failed to compute a value\n",
            token, SupportTypes.RASP_EXCEPTION, IllegalStateException.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(output())
        .addParameter(token(), token);
    append.beginControlFlow("if ($N)", broken);
    append.addStatement("throw new $T($S)", IllegalStateException.class,
        "this decoder failed to compute an earlier position and cannot go on");
    append.endControlFlow();
    append.addStatement("int $N = $N", i, length);
    if (tokenType() == ElementType.CHAR
        && !(model.vocabulary().isEmpty() && model.bos().isEmpty())) {
      append.addStatement("$T.checkAt($N, $N, $L, $L, $L)", SupportTypes.TOKEN_CHECKS, token, i,
          JavaLiterals.stringLiteral(Program.nameOf(model.programName())),
          JavaLiterals.stringLiteral(model.vocabulary()),
          JavaLiterals.stringLiteral(model.bos()));
    }
    append.beginControlFlow("if ($N == $N.length)", i, tokens);
    append.addStatement("grow()");
    append.endControlFlow();
    append.addComment("cleared when every value at i is computed");
    append.addStatement("$N = true", broken);
    append.addStatement("$N[$N] = $N", tokens, i, token);
    append.addStatement("int $N = $N + 1", MethodScope.LENGTH, i);
    append.addCode(steps.build());
    append.addStatement("$N = $N", length, MethodScope.LENGTH);
    append.addStatement("$N = false", broken);
    append.addStatement("return $L", scope.value(variant.output(), i));

    MethodSpec.Builder grow = MethodSpec.methodBuilder("grow")
        .addModifiers(Modifier.PRIVATE)
        .addStatement("int $N = $T.next($N.length)", capacity, SupportTypes.CAPACITY, tokens)
        .addStatement("$N = $T.copyOf($N, $N)", tokens, SupportTypes.CAPACITY, tokens, capacity);
    for (SopNode node : stored) {
      grow.addStatement("$N = $T.copyOf($N, $N)", scope.variable(node), SupportTypes.CAPACITY,
          scope.variable(node), capacity);
    }

    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(append.build());
    type.addMethod(MethodSpec.methodBuilder("length")
        .addJavadoc("{@return the number of tokens appended}\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $N", length)
        .build());
    type.addMethods(stepMethods);
    type.addMethod(grow.build());
    return type.build();
  }

  private CodeBlock classDoc() {
    return CodeBlock.builder()
        .add("An incremental decoder of {@code $L} on $L tokens: the program is causal (each"
            + " position sees itself and earlier positions only), so the output at a position"
            + " never changes when tokens are appended after it. {@link #append} computes the new"
            + " position alone, from the values of earlier positions it keeps: O(1) amortised"
            + " per head for prefix sums, equality groups and positions, one pass over the"
            + " earlier positions for other heads (see {@code decoderKernels()}).\n\n",
            model.programName(), tokenType())
        .add("<p>Errors are {@code evaluate}'s on the tokens appended so far, at the same"
            + " append: a token the program refuses throws and leaves the decoder unchanged; a"
            + " value that cannot be computed throws and leaves the decoder unusable (every later"
            + " append throws {@link IllegalStateException}). Not thread-safe.\n")
        .build();
  }

  private MethodSpec generate() {
    boolean chars = tokenType() == ElementType.CHAR;
    TypeName tokenType = token();
    MethodSpec.Builder method = MethodSpec.methodBuilder("generate")
        .addJavadoc("Generates with {@code $L}: appends the prompt to a new {@link $T}, then"
            + " takes the output at the last position as the next token, again and again, until"
            + " {@code steps} tokens were produced or the produced token is {@code stop}. The"
            + " produced tokens are returned, the stop token included when it was produced; each"
            + " but the last is appended before the next is read (the last is not: nothing reads"
            + " it).\n\n"
            + "@param prompt the first tokens, at least one\n"
            + "@param steps the most tokens to produce, at least 0\n"
            + "@param stop the token that ends the generation\n"
            + "@return the produced tokens\n"
            + "@throws $T as {@code evaluate} throws on the prompt followed by the tokens"
            + " produced before the failure, or when the prompt is null\n"
            + "@throws $T if the prompt is empty or {@code steps} is negative\n",
            model.programName(), decoder, SupportTypes.RASP_EXCEPTION,
            IllegalArgumentException.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(chars ? TypeName.get(String.class) : TypeName.get(int[].class))
        .addParameter(chars ? TypeName.get(String.class) : TypeName.get(int[].class), "prompt")
        .addParameter(TypeName.INT, "steps")
        .addParameter(tokenType, "stop");
    method.beginControlFlow("if (prompt == null)");
    method.addStatement("throw new $T($S, -1, $T.$N())", SupportTypes.RASP_EXCEPTION, "tokens",
        SupportTypes.PROBLEMS, chars ? "nullString" : "nullInts");
    method.endControlFlow();
    String size = chars ? "length()" : "length";
    method.beginControlFlow("if (prompt.$L == 0)", size);
    method.addStatement("throw new $T($S)", IllegalArgumentException.class,
        "the prompt is empty: no position gives the first token");
    method.endControlFlow();
    method.beginControlFlow("if (steps < 0)");
    method.addStatement("throw new $T($S + steps)", IllegalArgumentException.class,
        "steps must be at least 0, not ");
    method.endControlFlow();
    method.addStatement("$T decoder = new $T()", decoder, decoder);
    method.addStatement("$T next = $L", tokenType, chars ? "'\\0'" : "0");
    method.beginControlFlow("for (int p = 0; p < prompt.$L; p++)", size);
    method.addStatement("next = decoder.append($L)", chars ? "prompt.charAt(p)" : "prompt[p]");
    method.endControlFlow();
    if (chars) {
      method.addStatement("$T produced = new $T()", StringBuilder.class, StringBuilder.class);
    } else {
      method.addStatement("int[] produced = new int[Math.min(steps, $L)]", CAPACITY);
    }
    method.addStatement("int count = 0");
    method.beginControlFlow("while (count < steps)");
    if (chars) {
      method.addStatement("produced.append(next)");
    } else {
      method.beginControlFlow("if (count == produced.length)");
      method.addStatement("produced = $T.copyOf(produced, (int) Math.min((long) steps,"
          + " 2L * count))", SupportTypes.CAPACITY);
      method.endControlFlow();
      method.addStatement("produced[count] = next");
    }
    method.addStatement("count++");
    method.beginControlFlow("if (count == steps || next == stop)");
    method.addStatement("break");
    method.endControlFlow();
    method.addStatement("next = decoder.append(next)");
    method.endControlFlow();
    if (chars) {
      method.addStatement("return produced.toString()");
    } else {
      method.addStatement("return $T.copyOf(produced, count)", SupportTypes.CAPACITY);
    }
    return method.build();
  }

  private static MethodSpec kernels(Plan plan) {
    MethodScope scope = new MethodScope(plan);
    List<CodeBlock> names = new ArrayList<>();
    for (Step step : plan.steps()) {
      if (step instanceof Step.Head head) {
        for (HeadUnit unit : DecoderHeadWriter.units(head)) {
          names.add(CodeBlock.of("$S", head.layer() + "." + head.number() + " "
              + DecoderKernel.choose(scope.plan(), unit).name()));
        }
      }
    }
    return MethodSpec.methodBuilder("decoderKernels")
        .addJavadoc("How the decoders compute each attention head at an appended position, one"
            + " entry per group of its outputs: {@code \"layer.head kernel\"}, the kernel one of"
            + " $L (running sums of every earlier position), $L (running sums per key value),"
            + " $L (the value at one position) or $L (a pass over the earlier positions). A fresh"
            + " array.\n", DecoderKernel.Prefix.NAME, DecoderKernel.Groups.NAME,
            DecoderKernel.Position.NAME, DecoderKernel.Scan.NAME)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String[].class)
        .addStatement("return new String[] {$L}", CodeBlock.join(names, ", "))
        .build();
  }
}
