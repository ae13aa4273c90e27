package org.rasp4j.processor.frontend;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasp4j.ir.ElementType;

/**
 * Calls rasp4j's own API (the DSL and its standard library, which are on the processor's path) on
 * symbolic values: {@code key(indices()).lt(query(indices()))} run here builds the same IR it
 * builds at run time. Also folds pure java.lang calls on constants ({@code Math.max(2, 3)}).
 *
 * <p>Overloads are chosen as javac would for these values: the applicable method whose parameter
 * types are most specific ({@code plus(Sop)} over {@code plus(Object)}).
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
      Set.of("eval", "trace", "schedule", "node", "matrix", "rows", "toSvg", "wrap", "type");

  private DslInvoker() {}

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
  static Object construct(String qualifiedName, List<Object> args) {
    if (!CONSTRUCTIBLE.contains(qualifiedName)) {
      return null;
    }
    try {
      Class<?> type = Class.forName(qualifiedName);
      for (var constructor : type.getConstructors()) {
        if (constructor.getParameterCount() == args.size()
            && applicable(constructor.getParameterTypes(), args)) {
          return constructor.newInstance(args.toArray());
        }
      }
      return null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * Invokes the most specific applicable public method.
   *
   * @throws NoSuchMethodException when none applies
   * @throws IllegalArgumentException what the DSL throws for a type error
   */
  static Object invoke(Class<?> owner, Object receiver, String name, List<Object> args)
      throws NoSuchMethodException {
    Method chosen = null;
    for (Method method : owner.getMethods()) {
      if (!method.getName().equals(name)
          || method.getDeclaringClass() == Object.class
          || (method.getDeclaringClass().getName().startsWith("org.rasp4j.")
              && NOT_AT_COMPILE_TIME.contains(name))
          || method.getParameterCount() != args.size()
          || method.isVarArgs()
          || Modifier.isStatic(method.getModifiers()) != (receiver == null)) {
        continue;
      }
      if (applicable(method.getParameterTypes(), args)
          && (chosen == null || moreSpecific(method.getParameterTypes(), chosen.getParameterTypes()))) {
        chosen = method;
      }
    }
    if (chosen == null) {
      throw new NoSuchMethodException(owner.getSimpleName() + "." + name);
    }
    Object[] converted = new Object[args.size()];
    Class<?>[] types = chosen.getParameterTypes();
    for (int i = 0; i < converted.length; i++) {
      converted[i] = convert(args.get(i), types[i]);
    }
    try {
      return chosen.invoke(receiver, converted);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
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

  private static boolean applicable(Class<?>[] parameters, List<Object> args) {
    for (int i = 0; i < parameters.length; i++) {
      if (!fits(args.get(i), parameters[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(Object value, Class<?> parameter) {
    if (value == null) {
      return false;
    }
    if (parameter == int.class) {
      return value instanceof Integer || value instanceof Character;
    }
    if (parameter == char.class) {
      return value instanceof Character;
    }
    if (parameter == double.class) {
      return value instanceof Double || value instanceof Integer || value instanceof Character;
    }
    if (parameter == boolean.class) {
      return value instanceof Boolean;
    }
    if (parameter.isPrimitive()) {
      return false;
    }
    return parameter.isInstance(value);
  }

  private static boolean moreSpecific(Class<?>[] a, Class<?>[] b) {
    for (int i = 0; i < a.length; i++) {
      if (!specificOrSame(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean specificOrSame(Class<?> a, Class<?> b) {
    if (a == b || b.isAssignableFrom(a)) {
      return true;
    }
    if (a.isPrimitive() && !b.isPrimitive()) {
      return true; // constants stand for Java primitives: remove(int) over remove(Object)
    }
    // primitive widening: char < int < double
    List<Class<?>> order = new ArrayList<>(List.of(char.class, int.class, double.class));
    return order.contains(a) && order.contains(b) && order.indexOf(a) <= order.indexOf(b);
  }

  private static Object convert(Object value, Class<?> parameter) {
    if (parameter == int.class) {
      return Constants.convert(value, ElementType.INT);
    }
    if (parameter == double.class) {
      return Constants.convert(value, ElementType.DOUBLE);
    }
    return value;
  }
}
