package org.rasp4j.processor.model;

import java.util.List;

/**
 * One {@code @RaspProgram} method, analysed: what the generator writes as one class.
 *
 * @param packageName the package of the annotated method's class (the generated class's too)
 * @param className the generated class's simple name
 * @param programName the method's name
 * @param sourceClass the canonical name of the class declaring the method
 * @param variants one per token type the program takes (two for a generic program)
 */
public record ProgramModel(
    String packageName,
    String className,
    String programName,
    String sourceClass,
    List<Variant> variants) {
  public ProgramModel {
    variants = List.copyOf(variants);
  }
}
