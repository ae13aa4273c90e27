package org.rasp4j.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;

/**
 * Writes the evaluator class of one program: its schedule's counts as constants, and an {@code
 * evaluate} method per token type that runs the program on plain arrays, with the reference
 * interpreter's results and errors. The one place that decorates a generated file.
 */
public final class EvaluatorWriter {
  private static final ClassName GENERATED = ClassName.get("org.rasp4j.annotation", "RaspGenerated");

  private EvaluatorWriter() {}

  /**
   * The generated source file.
   *
   * @throws IllegalStateException if the program holds a run-time lambda (the front end must have
   *     translated every function)
   * @throws IllegalArgumentException if the model has no variant, or tokens other than chars or
   *     ints
   */
  public static JavaFile write(ProgramModel model) {
    return write(model, Layout.DEFAULT);
  }

  /** The generated source file, its methods sized by {@code layout}. */
  static JavaFile write(ProgramModel model, Layout layout) {
    if (model.variants().isEmpty()) {
      throw new IllegalArgumentException(model.programName() + " has no variant to generate");
    }
    // Analysis reads only the graph's shape, so every variant has the same schedule counts.
    Schedule schedule = model.variants().get(0).schedule();
    TypeSpec.Builder type = TypeSpec.classBuilder(model.className())
        .addJavadoc("The RASP program {@code $L.$L}, compiled to loops over arrays: one block per"
                + " transformer layer, each attention head one loop.\n",
            model.sourceClass(), model.programName())
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", marker(model.sourceClass(), model.programName()))
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(constant("ATTENTION_LAYERS", schedule.attentionLayers(),
            "Attention layers: the layer of the output, as RASP counts them."))
        .addField(constant("MLP_SUBLAYERS", schedule.mlpSublayers(),
            "The MLP sub-layers that hold an operation, as tracr lays them out."))
        .addField(constant("TRACR_LAYERS", schedule.tracrLayers(),
            "The layers tracr would give (each MLP its own sub-layer)."))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(counts("headsPerLayer", schedule.headsPerLayer(),
            "Heads in each attention layer, from layer 1, after merging identical computations:"
                + " aggregates sharing a selector in a layer share one head."))
        .addMethod(counts("raspyHeadsPerLayer", schedule.objectHeadsPerLayer(),
            "Heads in each attention layer, from layer 1, as RASPy counts them: one per aggregate"
                + " written, two per selector width."))
        .addMethod(kernels(Kernels.names(Plan.of(schedule, layout))));
    for (Variant variant : model.variants()) {
      type.addMethods(EvaluateMethodWriter.write(model, variant, layout));
    }
    if (model.causal()) {
      DecoderWriter.addTo(type, model, layout);
    }
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * What the generated class's {@code @RaspGenerated} holds for a program: its class's qualified
   * name and its method's name, so a later build recognises the class as its own output.
   */
  public static String marker(String sourceClass, String programName) {
    return sourceClass + "." + programName;
  }

  private static FieldSpec constant(String name, int value, String doc) {
    return FieldSpec.builder(TypeName.INT, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer("$L", value)
        .build();
  }

  private static MethodSpec kernels(List<String> names) {
    return MethodSpec.methodBuilder("kernels")
        .addJavadoc("How each attention head is computed, one entry per group of its outputs:"
            + " {@code \"layer.head kernel\"}, the kernel one of general (every query tests every"
            + " key), $L; {@code +position} when a position is or-ed to the selector. A fresh"
            + " array.\n", String.join(", ", List.of(
                QueryIndependentKernel.NAME, IndexMapKernel.NAME, PositionOrderKernel.NAME,
                ValueGroupsKernel.NAME, ValueGroupsKernel.POSITION_NAME, ValueOrderKernel.NAME)))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String[].class)
        .addStatement("return new String[] {$L}", CodeBlock.join(
            names.stream().map(name -> CodeBlock.of("$S", name)).toList(), ", "))
        .build();
  }

  private static MethodSpec counts(String name, List<Integer> counts, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L A fresh array.\n", doc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(int[].class)
        .addStatement("return new int[] {$L}", CodeBlock.join(
            counts.stream().map(count -> CodeBlock.of("$L", count)).toList(), ", "))
        .build();
  }
}
