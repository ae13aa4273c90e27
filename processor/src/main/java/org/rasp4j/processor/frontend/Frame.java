package org.rasp4j.processor.frontend;

import com.sun.source.tree.CompilationUnitTree;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One method being partially evaluated: where its source is (for names and diagnostics) and its
 * locals.
 */
record Frame(ExecutableElement method, TypeElement owner, CompilationUnitTree unit, Scope scope, int depth) {}
