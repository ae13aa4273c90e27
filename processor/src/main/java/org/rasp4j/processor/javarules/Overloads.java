package org.rasp4j.processor.javarules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Method overload resolution (JLS 15.12.2) for non-generic signatures: the applicable methods of
 * the first phase that has any (strict, then loose with boxing, then variable arity), then the
 * most specific of them. Several maximally specific methods are an ambiguity, as javac reports.
 */
public final class Overloads {
  private Overloads() {}

  /**
   * A method that may be called: its declared parameter types (the last an array type when
   * {@code varargs}) and what the caller needs to know about it.
   */
  public record Candidate<M>(M method, List<JavaType> parameters, boolean varargs) {
    public Candidate {
      parameters = List.copyOf(parameters);
    }
  }

  /** The outcome: the method javac calls, or why there is none. */
  public sealed interface Resolution<M> {}

  /** The chosen method, and whether it is called with variable arity (its extra arguments packed). */
  public record Chosen<M>(Candidate<M> candidate, boolean variableArity) implements Resolution<M> {}

  /** No method takes these arguments. */
  public record NotApplicable<M>() implements Resolution<M> {}

  /** Several methods apply and none is more specific than the others. */
  public record Ambiguous<M>(List<Candidate<M>> candidates) implements Resolution<M> {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** Resolves a call with arguments of the given static types. */
  public static <M> Resolution<M> resolve(List<Candidate<M>> candidates, List<JavaType> arguments) {
    List<BiPredicate<JavaType, JavaType>> phases =
        List.of(Conversions::strict, Conversions::loose);
    for (BiPredicate<JavaType, JavaType> phase : phases) {
      List<Candidate<M>> applicable = new ArrayList<>();
      for (Candidate<M> candidate : candidates) {
        if (candidate.parameters().size() == arguments.size()
            && fixedArity(candidate.parameters(), arguments, phase)) {
          applicable.add(candidate);
        }
      }
      if (!applicable.isEmpty()) {
        return mostSpecific(applicable, arguments.size(), false);
      }
    }
    List<Candidate<M>> applicable = new ArrayList<>();
    for (Candidate<M> candidate : candidates) {
      if (candidate.varargs() && !candidate.parameters().isEmpty() && variableArity(candidate.parameters(), arguments)) {
        applicable.add(candidate);
      }
    }
    return applicable.isEmpty() ? new NotApplicable<>()
        : mostSpecific(applicable, arguments.size(), true);
  }

  private static boolean fixedArity(
      List<JavaType> parameters, List<JavaType> arguments, BiPredicate<JavaType, JavaType> phase) {
    for (int i = 0; i < arguments.size(); i++) {
      if (!phase.test(arguments.get(i), parameters.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean variableArity(List<JavaType> parameters, List<JavaType> arguments) {
    int fixed = parameters.size() - 1;
    if (arguments.size() < fixed) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      JavaType parameter = i < fixed ? parameters.get(i) : component(parameters.get(fixed));
      if (!Conversions.loose(arguments.get(i), parameter)) {
        return false;
      }
    }
    return true;
  }

  private static <M> Resolution<M> mostSpecific(List<Candidate<M>> applicable, int arity, boolean variable) {
    List<Candidate<M>> maximal = new ArrayList<>();
    for (Candidate<M> m : applicable) {
      boolean beaten = false;
      for (Candidate<M> other : applicable) {
        if (other != m && moreSpecific(other, m, arity, variable)
            && !moreSpecific(m, other, arity, variable)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) {
        maximal.add(m);
      }
    }
    // Equal signatures (an interface method and its implementation) are one method.
    List<Candidate<M>> distinct = new ArrayList<>();
    for (Candidate<M> m : maximal) {
      if (distinct.stream().noneMatch(d -> d.parameters().equals(m.parameters())
          && d.varargs() == m.varargs())) {
        distinct.add(m);
      }
    }
    return distinct.size() == 1 ? new Chosen<>(distinct.get(0), variable)
        : new Ambiguous<>(distinct);
  }

  /** JLS 15.12.2.5: m1 is more specific than m2 if each of its parameter types is a subtype. */
  private static <M> boolean moreSpecific(Candidate<M> m1, Candidate<M> m2, int arity, boolean variable) {
    int positions = variable ? Math.max(arity, Math.max(m1.parameters().size(), m2.parameters().size()))
        : arity;
    for (int i = 0; i < positions; i++) {
      if (!Conversions.isSubtype(parameter(m1, i, variable), parameter(m2, i, variable))) {
        return false;
      }
    }
    return true;
  }

  private static JavaType parameter(Candidate<?> m, int i, boolean variable) {
    List<JavaType> parameters = m.parameters();
    int last = parameters.size() - 1;
    return !variable ? parameters.get(i) : i < last ? parameters.get(i) : component(parameters.get(last));
  }

  /** The element type of a variable-arity parameter's array type. */
  private static JavaType component(JavaType array) {
    Class<?> component = array.javaClass().getComponentType();
    return component == null ? JavaType.OBJECT : JavaType.of(component);
  }
}
