package org.rasp4j.processor.frontend;

import javax.lang.model.element.ExecutableElement;

/** What a method name in a program resolves to. */
sealed interface Callee {
  /** A method of rasp4j's API or java.lang, run by reflection at compile time. */
  record Reflective(Class<?> owner) implements Callee {}

  /** A user method whose source the processor reads and inlines. */
  record Source(ExecutableElement method) implements Callee {}
}
