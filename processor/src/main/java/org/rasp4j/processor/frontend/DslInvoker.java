package org.rasp4j.processor.frontend;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Overloads;
import org.rasp4j.processor.javarules.Overloads.Candidate;
import org.rasp4j.processor.javarules.Values;

/**
 * Calls rasp4j's own API (the DSL and its standard library, which are on the processor's path) on
 * symbolic values: {@code key(indices()).lt(query(indices()))} run here builds the same IR it
 * builds at run time. Also folds pure java.lang calls on constants ({@code Math.max(2, 3)}).
 *
 * <p>Overloads are chosen by Java's rules ({@code javarules.Overloads}) for the arguments' static
 * types: {@code plus(Sop)} over {@code plus(Object)}, {@code append(char)} for a char.
 */
final class DslInvoker {
  /** The classes whose static methods may run at compile time. */
  static final Set<String> STATIC_OWNERS =
      Set.of(
          "org.rasp4j.Rasp",
          "org.rasp4j.Library",
          "java.lang.Math",
          "java.lang.StrictMath",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Double",
          "java.lang.Boolean",
          "java.lang.String",
          "java.util.List");

  /** The types whose instance methods may run at compile time, most specific first. */
  private static final List<Class<?>> RECEIVERS =
      List.of(
          org.rasp4j.Sop.class,
          org.rasp4j.Selector.class,
          org.rasp4j.Key.class,
          org.rasp4j.Query.class,
          String.class,
          StringBuilder.class,
          List.class);

  /** Classes a program may instantiate at compile time (to collect constants or Sops). */
  private static final Set<String> CONSTRUCTIBLE =
      Set.of("java.util.ArrayList", "java.lang.StringBuilder");

  /** Methods that evaluate or inspect rather than build: never run on symbolic values. */
  private static final Set<String> NOT_AT_COMPILE_TIME =
      Set.of("eval", "trace", "schedule", "node", "matrix", "rows", "wrap", "type");

  /**
   * Static methods whose result differs from call to call: run once at compile time they would
   * fold one value into every run of the evaluator, while the interpreter draws a new one.
   */
  private static final Set<String> NONDETERMINISTIC =
      Set.of("java.lang.Math.random", "java.lang.StrictMath.random");

  private DslInvoker() {}

  /** Whether {@code owner.name} gives another result on every call, so it never runs here. */
  static boolean nondeterministic(Class<?> owner, String name) {
    return NONDETERMINISTIC.contains(owner.getName() + "." + name);
  }

  /** The loaded class, if it is one rasp4j may call at compile time. */
  static Class<?> staticOwner(String qualifiedName) {
    if (!STATIC_OWNERS.contains(qualifiedName)) {
      return null;
    }
    try {
      return Class.forName(qualifiedName);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /**
   * The type whose public methods a call on {@code value} may run at compile time (an interface
   * such as List rather than a JDK-internal implementation class), or null.
   */
  static Class<?> receiverType(Object value) {
    for (Class<?> type : RECEIVERS) {
      if (type.isInstance(value)) {
        return type;
      }
    }
    return null;
  }

  /** A new instance of a class programs may build at compile time, or null if not allowed. */
  static Object construct(String qualifiedName, List<Object> args, List<JavaType> argumentTypes) {
    if (!CONSTRUCTIBLE.contains(qualifiedName)) {
      return null;
    }
    try {
      Class<?> type = Class.forName(qualifiedName);
      List<Candidate<Object>> candidates = new ArrayList<>();
      for (Constructor<?> constructor : type.getConstructors()) {
        candidates.add(candidate(constructor, constructor.getParameterTypes(), constructor.isVarArgs()));
      }
      if (Overloads.resolve(candidates, argumentTypes) instanceof Overloads.Chosen<Object> chosen
          && !chosen.variableArity()) {
        return ((Constructor<?>) chosen.candidate().method())
            .newInstance(arguments(chosen, args).toArray());
      }
      return null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * The public methods named {@code name} a call may run at compile time: static ones for a call
   * on a class ({@code receiver} null), instance ones otherwise.
   */
  static List<Candidate<Object>> candidates(Class<?> owner, boolean onInstance, String name) {
    List<Candidate<Object>> candidates = new ArrayList<>();
    for (Method method : owner.getMethods()) {
      if (!method.getName().equals(name)
          || method.getDeclaringClass() == Object.class
          || method.isBridge() || method.isSynthetic()
          || (method.getDeclaringClass().getName().startsWith("org.rasp4j.")
              && NOT_AT_COMPILE_TIME.contains(name))
          || Modifier.isStatic(method.getModifiers()) == onInstance) {
        continue;
      }
      candidates.add(candidate(method, method.getParameterTypes(), method.isVarArgs()));
    }
    return candidates;
  }

  private static Candidate<Object> candidate(Object method, Class<?>[] types, boolean varargs) {
    List<JavaType> parameters = new ArrayList<>();
    for (Class<?> type : types) {
      parameters.add(JavaType.of(type));
    }
    return new Candidate<>(method, parameters, varargs);
  }

  /**
   * Invokes the method overload resolution chose, its arguments converted to the parameter types
   * (and packed into an array for a variable-arity call).
   *
   * @throws IllegalArgumentException what the DSL throws for a type error
   */
  static Object invoke(Overloads.Chosen<Object> chosen, Object receiver, List<Object> args) {
    Method method = (Method) chosen.candidate().method();
    try {
      return method.invoke(receiver, arguments(chosen, args).toArray());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> arguments(Overloads.Chosen<Object> chosen, List<Object> args) {
    List<JavaType> parameters = chosen.candidate().parameters();
    List<Object> converted = new ArrayList<>();
    int fixed = chosen.variableArity() ? parameters.size() - 1 : parameters.size();
    for (int i = 0; i < fixed; i++) {
      converted.add(Values.convert(args.get(i), parameters.get(i)));
    }
    if (chosen.variableArity()) {
      Class<?> component = parameters.get(fixed).javaClass().getComponentType();
      Object array = Array.newInstance(component, args.size() - fixed);
      for (int i = fixed; i < args.size(); i++) {
        Array.set(array, i - fixed, Values.convert(args.get(i), JavaType.of(component)));
      }
      converted.add(array);
    }
    return converted;
  }

  /** A public static field of an owner rasp4j may read ({@code Rasp.INT}), or null. */
  static Object staticField(Class<?> owner, String name) {
    try {
      var field = owner.getField(name);
      return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return null;
    }
  }
}
