package org.rasp4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a top-level class whose static methods are RASP helpers for programs compiled in other
 * modules. The rasp4j processor keeps the class's source in the jar (under {@code
 * META-INF/rasp4j/}), so that a {@link RaspProgram} compiled elsewhere can read and inline the
 * helpers it calls; without it, a helper must be in the same compilation as the program.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RaspLibrary {}
