package org.rasp4j.processor.fuzz;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** What a run gave: its values, or the class and message of what it threw. */
record Outcome(List<?> values, String thrown, String message) {
  static Outcome of(Callable<?> run) {
    try {
      Object result = run.call();
      return new Outcome(result instanceof List<?> list ? List.copyOf(list) : boxed(result), null,
          null);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      return new Outcome(null, cause.getClass().getName(), cause.getMessage());
    } catch (Exception | StackOverflowError e) {
      return new Outcome(null, e.getClass().getName(), e.getMessage());
    }
  }

  private static List<Object> boxed(Object array) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      values.add(Array.get(array, i));
    }
    return values;
  }

  @Override
  public String toString() {
    return thrown == null ? String.valueOf(values) : thrown + ": " + message;
  }
}
