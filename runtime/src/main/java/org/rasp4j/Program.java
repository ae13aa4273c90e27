package org.rasp4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.ir.ElementType;
import org.rasp4j.support.TokenChecks;

/**
 * A {@link RaspProgram} method, ready to run on the reference interpreter: its name, the token
 * types it takes and its vocabulary, read from the method and its annotation.
 *
 * <pre>{@code
 * Program add = Program.of(Blog.class.getMethod("add", Sop.class));
 * add.run(Input.of("683+345"));      // [0, 0, 0, 1, 0, 2, 8]: 683 + 345, right-aligned
 * add.schedule().attentionLayers();  // 6
 * add.generatedClassName();          // "Add"
 * }</pre>
 */
public final class Program {
  private final String name;
  private final Method method;
  private final List<ElementType> tokenTypes;
  private final String vocabulary;
  private final String bos;
  private final RaspProgram annotation;

  private Program(Method method, RaspProgram annotation) {
    this.method = method;
    this.annotation = annotation;
    this.name = nameOf(method.getName());
    this.tokenTypes = tokenTypes(method);
    this.vocabulary = annotation.vocabulary();
    this.bos = annotation.bos();
  }

  /**
   * {@return the program a {@code @RaspProgram} method defines}
   *
   * @param method a static method annotated {@link RaspProgram}, from one {@code Sop} to a {@code
   *     Sop}
   * @throws IllegalArgumentException if the method is not a static, annotated {@code Sop -> Sop},
   *     or its {@code bos} is more than one character
   */
  public static Program of(Method method) {
    RaspProgram annotation = method.getAnnotation(RaspProgram.class);
    if (annotation == null) {
      throw new IllegalArgumentException(method + " is not annotated @RaspProgram");
    }
    if (!Modifier.isStatic(method.getModifiers())
        || method.getParameterCount() != 1
        || method.getParameterTypes()[0] != Sop.class
        || method.getReturnType() != Sop.class) {
      throw new IllegalArgumentException(
          method + ": a RASP program is a static method from one Sop (the tokens) to a Sop");
    }
    if (annotation.bos().length() > 1) {
      throw new IllegalArgumentException(
          method + ": @RaspProgram(bos = ...) is one character, or empty for none");
    }
    method.setAccessible(true);
    return new Program(method, annotation);
  }

  /**
   * {@return every {@code @RaspProgram} method that {@code type} declares, sorted by name}
   *
   * @param type the class to look in (its own methods, not inherited ones)
   * @throws IllegalArgumentException as {@link #of} does, for an annotated method that is no
   *     program
   */
  public static List<Program> allIn(Class<?> type) {
    List<Program> programs = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(RaspProgram.class)) {
        programs.add(of(method));
      }
    }
    programs.sort((a, b) -> a.name.compareTo(b.name));
    return programs;
  }

  /** {@return the method name in snake case: {@code shiftLeft} is {@code shift_left}} */
  public String name() {
    return name;
  }

  /** {@return the annotated method} */
  public Method method() {
    return method;
  }

  /** {@return the method's annotation, with the budgets} */
  public RaspProgram annotation() {
    return annotation;
  }

  /**
   * {@return the token types the program takes: CHAR, INT, or both (in that order) for a program
   * written with a type variable}
   */
  public List<ElementType> tokenTypes() {
    return tokenTypes;
  }

  /**
   * {@return whether the program is causal ({@link RaspProgram#causal()}): {@link #build} then
   * gives the masked graph, so runs, traces and the schedule are the causal ones}
   */
  public boolean causal() {
    return annotation.causal();
  }

  /** {@return the accepted characters, or "" for any} */
  public String vocabulary() {
    return vocabulary;
  }

  /**
   * {@return the beginning-of-sequence token the input starts with, or "" when the program has
   * none}
   */
  public String bos() {
    return bos;
  }

  /**
   * {@return the program's graph for tokens of {@code tokenType}, masked when the program is
   * causal} Each call runs the method again.
   *
   * @param tokenType one of {@link #tokenTypes()}
   * @throws IllegalArgumentException if the program does not take that token type
   */
  public Sop<?> build(ElementType tokenType) {
    if (!tokenTypes.contains(tokenType)) {
      throw new IllegalArgumentException(name + " takes " + tokenTypes + " tokens, not " + tokenType);
    }
    try {
      Sop<?> output = (Sop<?>) method.invoke(null, Rasp.tokens(ValueType.of(tokenType)));
      return annotation.causal() ? output.causal() : output;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(name + " failed to build", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@return the program's layers and heads} They are the same for every token type: the analysis
   * does not look at values.
   */
  public Schedule schedule() {
    return build(tokenTypes.get(0)).schedule();
  }

  /**
   * Runs the reference interpreter, after checking the input as {@link #check} does.
   *
   * @param input the tokens
   * @return the output, a value per position (an empty list for an empty input)
   * @throws RaspException if the input does not suit the program, or the run fails
   */
  public List<?> run(Input input) {
    return Interpreter.evaluate(build(check(input)).node(), input);
  }

  /**
   * Runs the reference interpreter as {@link #run} does, keeping every value and selector.
   *
   * @param input the tokens
   * @return the trace of the run, layer by layer
   * @throws RaspException if the input does not suit the program, or the run fails
   */
  public Trace trace(Input input) {
    return Interpreter.trace(build(check(input)).node(), input);
  }

  /**
   * Checks that this program takes {@code input}: its token type, and for characters the
   * vocabulary and the beginning-of-sequence token (as the generated evaluators check them, with
   * {@link TokenChecks}).
   *
   * @param input the tokens
   * @return the input's token type
   * @throws RaspException naming the first unknown token and its position
   */
  public ElementType check(Input input) {
    if (!tokenTypes.contains(input.type())) {
      throw new RaspException(
          "tokens", -1, name + " takes " + describe(tokenTypes) + " tokens, not " + input.type());
    }
    if (input.type() == ElementType.CHAR && !(vocabulary.isEmpty() && bos.isEmpty())) {
      char[] chars = new char[input.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (Character) input.tokens().get(i);
      }
      TokenChecks.check(chars, name, vocabulary, bos);
    }
    return input.type();
  }

  private static String describe(List<ElementType> types) {
    return String.join(" or ", types.stream().map(ElementType::toString).toList());
  }

  private static List<ElementType> tokenTypes(Method method) {
    Type parameter = method.getGenericParameterTypes()[0];
    if (parameter instanceof ParameterizedType sop) {
      Type element = sop.getActualTypeArguments()[0];
      if (element == Character.class) {
        return List.of(ElementType.CHAR);
      }
      if (element == Integer.class) {
        return List.of(ElementType.INT);
      }
      if (element instanceof TypeVariable<?>) {
        return List.of(ElementType.CHAR, ElementType.INT);
      }
    }
    throw new IllegalArgumentException(
        method + ": the tokens are a Sop<Character>, a Sop<Integer> or a Sop<T>, not " + parameter);
  }

  /**
   * The simple name of the class rasp4j's processor generates for a program: the annotation's
   * {@code name}, else the method's name capitalised ({@code add} is {@code Add}).
   *
   * @param annotationName {@link RaspProgram#name()}, empty for none
   * @param methodName the program method's name
   * @return the simple name of the evaluator class
   */
  public static String generatedClassName(String annotationName, String methodName) {
    return annotationName.isEmpty()
        ? methodName.substring(0, 1).toUpperCase(Locale.ROOT) + methodName.substring(1)
        : annotationName;
  }

  /** {@return the simple name of this program's generated evaluator class} */
  public String generatedClassName() {
    return generatedClassName(annotation.name(), method.getName());
  }

  /**
   * The name a program goes by in messages and on the command line: its method's name in snake
   * case ({@code shiftLeft} is {@code shift_left}).
   *
   * @param methodName the program method's name
   * @return the program's name
   */
  public static String nameOf(String methodName) {
    return snakeCase(methodName);
  }

  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name;
  }
}
