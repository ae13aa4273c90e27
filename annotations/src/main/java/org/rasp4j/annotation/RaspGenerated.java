package org.rasp4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the rasp4j processor generated for a {@link RaspProgram} method; not for use in
 * hand-written code.
 *
 * <p>Kept in the class file and at run time: a later compilation (an incremental or IDE build that
 * finds last build's output on its class path) recognises its own output for the same program and
 * writes it again, where any other class of that name is a collision; and a tool that runs
 * programs (rasp4j's command line) uses a generated class only when it names that very program. It is rasp4j's own annotation, which
 * its processor claims, so generated classes compile without a warning under {@code -Xlint:all};
 * coverage tools that skip generated code (JaCoCo skips classes with a class-file annotation whose
 * name contains "Generated") skip these classes too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RaspGenerated {
  /**
   * {@return the program the class evaluates: the qualified name of the class that declares the
   * program method, a dot, the method's name}
   */
  String value();
}
