package org.rasp4j.interpreter;

import java.util.Arrays;
import org.rasp4j.Fn1;
import org.rasp4j.Fn2;
import org.rasp4j.Fn3;
import org.rasp4j.FnN;
import org.rasp4j.Predicate2;

/** Calls a user function held by an IR {@link org.rasp4j.ir.Lambda} on boxed values. */
final class LambdaCall {
  private LambdaCall() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object apply(Object function, Object[] args) {
    if (function instanceof Fn1 f) {
      return f.apply(args[0]);
    }
    if (function instanceof Fn2 f) {
      return f.apply(args[0], args[1]);
    }
    if (function instanceof Fn3 f) {
      return f.apply(args[0], args[1], args[2]);
    }
    if (function instanceof FnN f) {
      return f.apply(Arrays.asList(args.clone()));
    }
    if (function instanceof Predicate2 p) {
      return p.test(args[0], args[1]);
    }
    throw new IllegalStateException("not a rasp4j function: " + function.getClass().getName());
  }
}
