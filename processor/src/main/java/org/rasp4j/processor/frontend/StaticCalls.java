package org.rasp4j.processor.frontend;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.scalar.Scalar;

/**
 * Static method calls inside a function: which method javac would call (java.lang's, or a
 * non-private static method of the user's classes) and its result type, so the generated code can
 * call the same one inline.
 */
final class StaticCalls {
  private static final List<String> JAVA_LANG =
      List.of("Math", "StrictMath", "Character", "Integer", "Double", "Boolean", "String");

  private final PartialEvaluator evaluator;
  private final Names names;

  StaticCalls(PartialEvaluator evaluator, Names names) {
    this.evaluator = evaluator;
    this.names = names;
  }

  /** A static method call: java.lang's, or an accessible static method of the user's classes. */
  Scalar translate(Tree tree, ExpressionTree qualifier, String name, List<Scalar> args, Frame frame) {
    if (qualifier != null) {
      String text = qualifier.toString();
      if (JAVA_LANG.contains(text) || text.startsWith("java.lang.")) {
        String simple = text.substring(text.lastIndexOf('.') + 1);
        return javaLangCall(tree, simple, name, args, frame);
      }
      Optional<Object> owner = names.type(frame, qualifier);
      if (owner.isPresent() && owner.get() instanceof TypeElement type) {
        return userCall(tree, names.staticMethods(type, name), args, frame);
      }
      throw unsupported(tree, frame, "calling " + text + "." + name + " in a function",
          "call static methods of java.lang or of your own classes");
    }
    List<ExecutableElement> candidates = new ArrayList<>();
    for (Callee callee : names.unqualifiedMethods(frame, name)) {
      if (callee instanceof Callee.Source source) {
        candidates.add(source.method());
      }
    }
    return userCall(tree, candidates, args, frame);
  }

  private Scalar javaLangCall(Tree tree, String owner, String name, List<Scalar> args, Frame frame) {
    Class<?> type;
    try {
      type = Class.forName("java.lang." + owner);
    } catch (ClassNotFoundException e) {
      throw unsupported(tree, frame, "java.lang." + owner, "call Math, Character, Integer, Double,"
          + " Boolean or String");
    }
    Method best = null;
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) || !method.getName().equals(name)
          || method.getParameterCount() != args.size() || method.isVarArgs()) {
        continue;
      }
      if (applicable(method.getParameterTypes(), args)
          && (best == null || wideningCost(method.getParameterTypes(), args)
              < wideningCost(best.getParameterTypes(), args))) {
        best = method;
      }
    }
    ElementType result = best == null ? null : fromClass(best.getReturnType());
    if (result == null) {
      throw evaluator.error(tree, frame, Message.UNKNOWN_METHOD.format(owner + "." + name,
          "functions may call static methods of java.lang whose parameters and result are int,"
              + " char, boolean, double or String"));
    }
    return new Scalar.Call(type.getCanonicalName(), name, args, result);
  }

  private Scalar userCall(Tree tree, List<ExecutableElement> candidates, List<Scalar> args, Frame frame) {
    for (ExecutableElement method : candidates) {
      if (method.getParameters().size() != args.size()) {
        continue;
      }
      boolean fits = true;
      for (int i = 0; i < args.size() && fits; i++) {
        ElementType declared = fromMirror(method.getParameters().get(i).asType());
        fits = declared != null && assignable(args.get(i).type(), declared);
      }
      ElementType result = fromMirror(method.getReturnType());
      if (!fits || result == null) {
        continue;
      }
      if (method.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)) {
        throw evaluator.error(tree, frame, Message.LAMBDA.format("" + PartialEvaluator.ownerName(method) + " is private, but the generated class"
            + " calls it; make it package-private or public"));
      }
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      return new Scalar.Call(owner.getQualifiedName().toString(), method.getSimpleName().toString(),
          args, result);
    }
    throw evaluator.error(tree, frame, Message.UNKNOWN_METHOD.format(tree.toString(),
        "functions may call static methods whose parameters and result are int, char, boolean,"
            + " double or String"));
  }

  private static boolean applicable(Class<?>[] parameters, List<Scalar> args) {
    for (int i = 0; i < parameters.length; i++) {
      ElementType declared = fromClass(parameters[i]);
      if (declared == null || !assignable(args.get(i).type(), declared)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far the arguments widen to reach these parameters (char to int is 1, char to double 2):
   * the overload with the least is the one javac picks among these ({@code Math.abs(char)} is
   * {@code abs(int)}).
   */
  private static int wideningCost(Class<?>[] parameters, List<Scalar> args) {
    int cost = 0;
    for (int i = 0; i < parameters.length; i++) {
      cost += rank(fromClass(parameters[i])) - rank(args.get(i).type());
    }
    return cost;
  }

  private static int rank(ElementType type) {
    return switch (type) {
      case CHAR -> 0;
      case INT -> 1;
      case DOUBLE -> 2;
      default -> 0;
    };
  }

  /** Java's widening: char to int to double; everything to itself. */
  private static boolean assignable(ElementType from, ElementType to) {
    return from == to
        || (from == ElementType.CHAR && (to == ElementType.INT || to == ElementType.DOUBLE))
        || (from == ElementType.INT && to == ElementType.DOUBLE);
  }

  private static ElementType fromClass(Class<?> type) {
    if (type == int.class) {
      return ElementType.INT;
    }
    if (type == char.class) {
      return ElementType.CHAR;
    }
    if (type == boolean.class) {
      return ElementType.BOOL;
    }
    if (type == double.class) {
      return ElementType.DOUBLE;
    }
    return type == String.class ? ElementType.STRING : null;
  }

  private static ElementType fromMirror(TypeMirror type) {
    TypeKind kind = type.getKind();
    return switch (kind) {
      case INT -> ElementType.INT;
      case CHAR -> ElementType.CHAR;
      case BOOLEAN -> ElementType.BOOL;
      case DOUBLE -> ElementType.DOUBLE;
      case DECLARED -> type.toString().equals("java.lang.String") ? ElementType.STRING : null;
      default -> null;
    };
  }

  private RuntimeException unsupported(Tree tree, Frame frame, String what, String instead) {
    return evaluator.error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(what, instead));
  }
}
