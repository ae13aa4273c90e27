package org.rasp4j.samples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * A sample program's generated evaluator (the class rasp4j's processor wrote for it), run on an
 * {@link Input} with the same input checks as the interpreter. The CLI's fast path.
 */
public final class CompiledProgram {
  private final Program program;
  private final Class<?> evaluator;

  private CompiledProgram(Program program, Class<?> evaluator) {
    this.program = program;
    this.evaluator = evaluator;
  }

  /** The generated class for {@code program}: same package, named by its annotation. */
  public static CompiledProgram of(Program program) {
    Class<?> owner = program.method().getDeclaringClass();
    try {
      return new CompiledProgram(
          program, Class.forName(generatedName(program), true, owner.getClassLoader()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "no generated evaluator for " + program.name() + "; was the processor on the build?", e);
    }
  }

  /**
   * The generated class for {@code program}, if its build ran rasp4j's processor: the class of the
   * generated name in its package, provided that it says it was generated for this very program
   * ({@code @RaspGenerated}), not a class that merely has the name. Nothing tells
   * whether the program changed after the class was generated: the two come from one build.
   */
  public static Optional<CompiledProgram> find(Program program) {
    Class<?> owner = program.method().getDeclaringClass();
    Class<?> evaluator;
    try {
      evaluator = Class.forName(generatedName(program), false, owner.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    String marker = owner.getCanonicalName() + "." + program.method().getName();
    return GeneratedMarker.holds(evaluator, marker)
        ? Optional.of(new CompiledProgram(program, evaluator))
        : Optional.empty();
  }

  /** The generated class's binary name: the program's class's package, the annotation's name. */
  private static String generatedName(Program program) {
    String packageName = program.method().getDeclaringClass().getPackageName();
    return (packageName.isEmpty() ? "" : packageName + ".") + program.generatedClassName();
  }

  public Program program() {
    return program;
  }

  /** The generated class. */
  public Class<?> evaluator() {
    return evaluator;
  }

  /** Attention layers, as the processor counted them at build time. */
  public int attentionLayers() {
    return (Integer) constant("ATTENTION_LAYERS");
  }

  /** The layers tracr would give. */
  public int tracrLayers() {
    return (Integer) constant("TRACR_LAYERS");
  }

  /** tracr's MLP sub-layers that hold an operation. */
  public int mlpSublayers() {
    return (Integer) constant("MLP_SUBLAYERS");
  }

  /** Heads per attention layer after merging, as the processor counted them. */
  public List<Integer> headsPerLayer() {
    return boxed(call("headsPerLayer")).stream().map(v -> (Integer) v).toList();
  }

  /** RASPy's per-object head count per attention layer. */
  public List<Integer> raspyHeadsPerLayer() {
    return boxed(call("raspyHeadsPerLayer")).stream().map(v -> (Integer) v).toList();
  }

  /** How each head is computed: {@code "layer.head kernel"}, as the processor chose at build time. */
  public List<String> kernels() {
    return List.of((String[]) call("kernels"));
  }

  private Object constant(String name) {
    try {
      return evaluator.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(evaluator + " has no " + name, e);
    }
  }

  private Object call(String name) {
    try {
      return evaluator.getMethod(name).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(evaluator + " has no " + name + "()", e);
    }
  }

  /** Runs the generated evaluator; the result boxed, as the interpreter gives it. */
  public List<Object> run(Input input) {
    ElementType type = program.check(input);
    Object tokens = type == ElementType.CHAR ? chars(input) : ints(input);
    Method evaluate;
    try {
      evaluate = evaluator.getMethod("evaluate", tokens.getClass());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(evaluator + " has no evaluate for " + type + " tokens", e);
    }
    return boxed(invoke(evaluate, null, tokens));
  }

  /** Calls a generated method; what it throws (a RaspException) comes out as it is. */
  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@return the generated decoder of a causal program for tokens of a type, as a function that
   * appends one token and gives the output at its position; empty when the class has none}
   *
   * @param type the tokens' type
   */
  public Optional<UnaryOperator<Object>> decoder(ElementType type) {
    String typed = type == ElementType.CHAR ? "charDecoder" : "intDecoder";
    for (String factory : List.of(typed, "decoder")) {
      try {
        Object decoder = evaluator.getMethod(factory).invoke(null);
        Method append = decoder.getClass().getMethod("append",
            type == ElementType.CHAR ? char.class : int.class);
        return Optional.of(token -> invoke(append, decoder, token));
      } catch (NoSuchMethodException e) {
        continue; // not this factory's name (a program with one token type has decoder())
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(evaluator + ": cannot make its decoder", e);
      }
    }
    return Optional.empty();
  }

  private static char[] chars(Input input) {
    char[] tokens = new char[input.length()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = (Character) input.tokens().get(i);
    }
    return tokens;
  }

  private static int[] ints(Input input) {
    int[] tokens = new int[input.length()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = (Integer) input.tokens().get(i);
    }
    return tokens;
  }

  private static List<Object> boxed(Object array) {
    int length = java.lang.reflect.Array.getLength(array);
    List<Object> values = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      values.add(java.lang.reflect.Array.get(array, i));
    }
    return values;
  }
}
