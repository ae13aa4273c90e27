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
 * @param vocabulary the characters a character input may hold ("" for any), as annotated
 * @param bos the beginning-of-sequence token ("" for none), as annotated
 * @param causal whether the program is causal ({@code @RaspProgram(causal = true)}): its variants'
 *     graphs are masked, and the class also gets incremental decoders
 */
public record ProgramModel(
    String packageName,
    String className,
    String programName,
    String sourceClass,
    List<Variant> variants,
    String vocabulary,
    String bos,
    boolean causal) {
  public ProgramModel {
    variants = List.copyOf(variants);
  }

  /** A program that is not causal. */
  public ProgramModel(String packageName, String className, String programName,
      String sourceClass, List<Variant> variants, String vocabulary, String bos) {
    this(packageName, className, programName, sourceClass, variants, vocabulary, bos, false);
  }

  /** A program that accepts every character and has no beginning-of-sequence token. */
  public ProgramModel(String packageName, String className, String programName,
      String sourceClass, List<Variant> variants) {
    this(packageName, className, programName, sourceClass, variants, "", "", false);
  }
}
