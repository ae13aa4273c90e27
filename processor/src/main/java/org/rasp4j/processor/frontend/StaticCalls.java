package org.rasp4j.processor.frontend;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.Tree;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.rasp4j.processor.diagnostics.Message;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Mirrors;
import org.rasp4j.processor.javarules.Overloads;
import org.rasp4j.processor.javarules.Overloads.Candidate;
import org.rasp4j.processor.scalar.Scalar;

/**
 * Method calls inside a function: the method javac resolves for the arguments' static types
 * (java.lang's static methods, static methods of the user's classes, public methods of a box or
 * String on a value, and method references), and its result type, so that the generated code
 * calls the same declaration inline.
 */
final class StaticCalls {
  private static final List<String> JAVA_LANG =
      List.of("Math", "StrictMath", "Character", "Integer", "Long", "Double", "Float", "Boolean",
          "Short", "Byte", "String");

  private final PartialEvaluator evaluator;
  private final Names names;
  private final Elements elements;
  private final Types types;

  StaticCalls(PartialEvaluator evaluator, Names names, Elements elements, Types types) {
    this.evaluator = evaluator;
    this.names = names;
    this.elements = elements;
    this.types = types;
  }

  /** A static method call: java.lang's, or an accessible static method of the user's classes. */
  Scalar translate(Tree tree, ExpressionTree qualifier, String name, List<Scalar> args, Frame frame) {
    Optional<List<Candidate<Object>>> candidates = staticCandidates(qualifier, name, frame);
    if (candidates.isEmpty() || candidates.get().isEmpty()) {
      rejectInstanceHelper(tree, qualifier, name, frame);
    }
    if (candidates.isEmpty()) {
      throw unsupported(tree, frame, "calling " + qualifier + "." + name + " in a function",
          "call static methods of java.lang or of your own classes");
    }
    Scalar call = resolved(tree, name, candidates.get(), args, null, frame);
    if (call == null) {
      throw evaluator.error(tree, frame, Message.UNKNOWN_METHOD.format(
          (qualifier == null ? "" : qualifier + ".") + name + describe(args),
          "no static method of that name takes these argument types"));
    }
    return call;
  }

  /** A method called on a value of a function ({@code x.equals(y)}, {@code s.length()}). */
  Scalar instanceCall(Tree tree, Scalar receiver, String name, List<Scalar> args, Frame frame) {
    if (receiver.type().isPrimitive()) {
      throw evaluator.error(tree, frame, Message.TYPE_ERROR.format(
          "cannot call " + name + " on a " + receiver.type() + "; call a static method such as"
              + " Character.isDigit(c) or Integer.compare(a, b)"));
    }
    Scalar call = resolved(tree, name, instanceCandidates(receiver.type(), name), args, receiver, frame);
    if (call == null) {
      throw evaluator.error(tree, frame, Message.UNKNOWN_METHOD.format(
          receiver.type() + "." + name + describe(args),
          "call a public method of " + receiver.type() + " that takes these argument types"));
    }
    return call;
  }

  /**
   * A method reference as a function of these parameters: {@code Math::abs} and {@code
   * Programs::twice} (static), {@code String::length} (an instance method of the first parameter).
   */
  Scalar methodReference(MemberReferenceTree reference, List<Scalar> params, Frame frame) {
    ExpressionTree qualifier = reference.getQualifierExpression();
    String name = reference.getName().toString();
    if (name.equals("<init>")) {
      throw unsupported(reference, frame, "a constructor reference", "write a lambda");
    }
    Optional<List<Candidate<Object>>> statics = staticCandidates(qualifier, name, frame);
    if (statics.isEmpty() || statics.get().isEmpty()) {
      rejectInstanceHelper(reference, qualifier, name, frame);
    }
    if (statics.isEmpty()) {
      throw unsupported(reference, frame, "the method reference " + reference,
          "refer to a static method of java.lang or of your own classes, or to a method of the"
              + " first parameter's type (String::length)");
    }
    Scalar asStatic = resolved(reference, name, statics.get(), params, null, frame);
    Scalar asInstance = null;
    Optional<JavaType> qualifierType = javaLangType(qualifier);
    if (!params.isEmpty() && qualifierType.isPresent()
        && qualifierType.get().javaClass().isAssignableFrom(params.get(0).type().javaClass())) {
      asInstance = resolved(reference, name, instanceCandidates(qualifierType.get(), name),
          params.subList(1, params.size()), params.get(0), frame);
    }
    if (asStatic != null && asInstance != null) {
      throw evaluator.error(reference, frame, Message.TYPE_ERROR.format(
          "the method reference " + reference + " is ambiguous (a static and an instance method"
              + " apply); write a lambda"));
    }
    if (asStatic == null && asInstance == null) {
      throw evaluator.error(reference, frame, Message.UNKNOWN_METHOD.format(reference.toString()
          + describe(params), "no method of that name takes the function's parameters"));
    }
    return asStatic != null ? asStatic : asInstance;
  }

  /** An instance helper is called or referred to: the error says to make it static. */
  void rejectInstanceHelper(Tree tree, ExpressionTree qualifier, String name, Frame frame) {
    Optional<ExecutableElement> helper = evaluator.instanceHelpers().find(qualifier, name, frame);
    if (helper.isPresent()) {
      throw evaluator.instanceHelpers().error(tree, helper.get(), frame);
    }
  }

  /** The static methods a qualified or unqualified name may call, if the processor knows them. */
  private Optional<List<Candidate<Object>>> staticCandidates(
      ExpressionTree qualifier, String name, Frame frame) {
    List<Candidate<Object>> candidates = new ArrayList<>();
    if (qualifier == null) {
      for (Callee callee : names.unqualifiedMethods(frame, name)) {
        if (callee instanceof Callee.Source source) {
          sourceCandidate(source.method()).ifPresent(candidates::add);
        } else if (((Callee.Reflective) callee).owner().getName().startsWith("java.")) {
          // import static java.lang.Math.*; then abs(x)
          for (Method method : ((Callee.Reflective) callee).owner().getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getName().equals(name)
                && !method.isSynthetic() && !method.isBridge()) {
              candidates.add(reflective(method));
            }
          }
        }
      }
      return Optional.of(candidates);
    }
    Optional<JavaType> javaLang = javaLangType(qualifier);
    if (javaLang.isPresent()) {
      for (Method method : javaLang.get().javaClass().getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && method.getName().equals(name)
            && !method.isSynthetic() && !method.isBridge()) {
          candidates.add(reflective(method));
        }
      }
      return Optional.of(candidates);
    }
    Optional<Object> owner = names.type(frame, qualifier);
    if (owner.isPresent() && owner.get() instanceof TypeElement type) {
      for (ExecutableElement method : names.staticMethods(type, name)) {
        sourceCandidate(method).ifPresent(candidates::add);
      }
      return Optional.of(candidates);
    }
    return Optional.empty();
  }

  private static List<Candidate<Object>> instanceCandidates(JavaType receiver, String name) {
    List<Candidate<Object>> candidates = new ArrayList<>();
    for (Method method : receiver.javaClass().getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && method.getName().equals(name)
          && !method.isSynthetic() && !method.isBridge()) {
        candidates.add(reflective(method));
      }
    }
    return candidates;
  }

  private static Candidate<Object> reflective(Method method) {
    List<JavaType> parameters = new ArrayList<>();
    for (Class<?> type : method.getParameterTypes()) {
      parameters.add(JavaType.of(type));
    }
    return new Candidate<>(method, parameters, method.isVarArgs());
  }

  private Optional<Candidate<Object>> sourceCandidate(ExecutableElement method) {
    return Mirrors.parameters(method, types)
        .map(parameters -> new Candidate<>(method, parameters, method.isVarArgs()));
  }

  /** The call javac makes, or null when no candidate applies. */
  private Scalar resolved(Tree tree, String name, List<Candidate<Object>> candidates,
      List<Scalar> args, Scalar receiver, Frame frame) {
    List<JavaType> argumentTypes = args.stream().map(Scalar::type).toList();
    Overloads.Resolution<Object> resolution = Overloads.resolve(candidates, argumentTypes);
    if (resolution instanceof Overloads.Ambiguous<Object> ambiguous) {
      throw evaluator.error(tree, frame, Message.TYPE_ERROR.format("the call of " + name
          + describe(args) + " is ambiguous: " + ambiguous.candidates().size()
          + " methods apply and none is more specific; cast the arguments"));
    }
    if (!(resolution instanceof Overloads.Chosen<Object> chosen)) {
      return null;
    }
    Object method = chosen.candidate().method();
    if (method instanceof Method reflective) {
      JavaType result = result(tree, name, JavaType.of(reflective.getReturnType() == void.class
          ? Object.class : reflective.getReturnType()), reflective.getReturnType() == void.class, frame);
      return receiver == null
          ? new Scalar.Call(reflective.getDeclaringClass().getCanonicalName(), name, args, result)
          : new Scalar.InstanceCall(receiver, reflective.getDeclaringClass().getName(), name, args, result);
    }
    ExecutableElement source = (ExecutableElement) method;
    requireAccessible(tree, source, frame);
    JavaType result = Mirrors.of(source.getReturnType(), types).orElse(null);
    result = result(tree, name, result == null ? JavaType.OBJECT : result, result == null, frame);
    TypeElement owner = (TypeElement) source.getEnclosingElement();
    return new Scalar.Call(owner.getQualifiedName().toString(), name, args, result);
  }

  /** A function computes RASP values: results are primitives, their boxes or String. */
  private JavaType result(Tree tree, String name, JavaType type, boolean unsupported, Frame frame) {
    if (unsupported || !(type.isPrimitive() || type.unboxed().isPresent()
        || type.equals(JavaType.STRING))) {
      throw evaluator.error(tree, frame, Message.UNKNOWN_METHOD.format(name,
          "functions may call methods whose result is a primitive, a box or String"));
    }
    return type;
  }

  /**
   * The generated class, in the program's package, calls the method: it must be accessible there,
   * as must every class around it (javac allows a private one in the program's own source).
   */
  private void requireAccessible(Tree tree, ExecutableElement method, Frame frame) {
    PackageElement generated = evaluator.programPackage();
    for (Element element = method; element instanceof ExecutableElement
        || element instanceof TypeElement; element = element.getEnclosingElement()) {
      var modifiers = element.getModifiers();
      boolean accessible = modifiers.contains(javax.lang.model.element.Modifier.PUBLIC)
          || (!modifiers.contains(javax.lang.model.element.Modifier.PRIVATE)
              && elements.getPackageOf(element).equals(generated));
      if (!accessible) {
        String what = element == method ? "the method " + PartialEvaluator.ownerName(method)
            : "the class " + ((TypeElement) element).getQualifiedName();
        throw evaluator.error(tree, frame, Message.INACCESSIBLE.format(
            PartialEvaluator.ownerName(method), what,
            modifiers.contains(javax.lang.model.element.Modifier.PRIVATE) ? "private" : "not visible in "
                + (generated.isUnnamed() ? "the unnamed package" : generated.getQualifiedName()),
            element == method ? "method" : "class"));
      }
    }
  }

  /** The java.lang class a qualifier names ({@code Math}, {@code java.lang.Character}), if any. */
  private static Optional<JavaType> javaLangType(ExpressionTree qualifier) {
    if (qualifier == null) {
      return Optional.empty();
    }
    String text = qualifier.toString();
    String simple = text.startsWith("java.lang.") ? text.substring("java.lang.".length()) : text;
    if (!JAVA_LANG.contains(simple)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JavaType.of(Class.forName("java.lang." + simple)));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String describe(List<Scalar> args) {
    StringBuilder text = new StringBuilder("(");
    for (Scalar arg : args) {
      text.append(text.length() > 1 ? ", " : "").append(arg.type());
    }
    return text.append(')').toString();
  }

  private RuntimeException unsupported(Tree tree, Frame frame, String what, String instead) {
    return evaluator.error(tree, frame, Message.UNSUPPORTED_EXPRESSION.format(what, instead));
  }
}
