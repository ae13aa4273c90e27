package org.rasp4j.ir;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where a serializable lambda or method reference comes from, as its {@link SerializedLambda}
 * tells: the method that implements it (javac writes one per source lambda; a method reference
 * names the method it refers to) and the values it captured. Two functions with equal sources
 * compute the same thing.
 *
 * @param implementationClass the class declaring the implementation method, in internal form
 * @param implementationMethod the method's name
 * @param implementationSignature the method's descriptor (which overload)
 * @param implementationKind the method handle's kind (static, virtual, ...)
 * @param captured the captured values, in order ({@code equals} compares them)
 */
record LambdaSource(
    String implementationClass,
    String implementationMethod,
    String implementationSignature,
    int implementationKind,
    List<Object> captured) {

  /**
   * The source of {@code function}, or empty when it has none: not {@code Serializable}, not a
   * lambda (an ordinary class implementing the interface), or its serialized form unreadable.
   */
  static Optional<LambdaSource> of(Object function) {
    if (!(function instanceof Serializable) || !function.getClass().isSynthetic()) {
      return Optional.empty();
    }
    try {
      Method writeReplace = function.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      if (!(writeReplace.invoke(function) instanceof SerializedLambda lambda)) {
        return Optional.empty();
      }
      List<Object> captured = new ArrayList<>(lambda.getCapturedArgCount());
      for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
        captured.add(lambda.getCapturedArg(i));
      }
      return Optional.of(new LambdaSource(lambda.getImplClass(), lambda.getImplMethodName(),
          lambda.getImplMethodSignature(), lambda.getImplMethodKind(),
          Collections.unmodifiableList(captured)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // No writeReplace, or a module that does not open the class: identity is all we know.
      return Optional.empty();
    }
  }
}
