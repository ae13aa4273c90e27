package org.rasp4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method as a RASP program: an entry point that maps its token sequence (the
 * method's single {@code Sop} parameter) to an output {@code Sop}.
 *
 * <p>What the rasp4j annotation processor checks at build time:
 *
 * <ul>
 *   <li>the method is {@code static}, takes exactly one {@code Sop<T>} parameter (the tokens, with
 *       {@code T} either {@code Character}, {@code Integer} or a type variable for a program that
 *       works on both) and returns a {@code Sop};
 *   <li>its body, and the bodies of the helpers it calls, stay inside the subset of Java the
 *       processor can partially evaluate into the RASP graph;
 *   <li>the program needs at most {@link #maxLayers()} attention layers and at most {@link
 *       #maxHeadsPerLayer()} heads in any layer; otherwise the build fails with the critical path;
 *   <li>the generated class name, {@link #name()}, collides with no other program's.
 * </ul>
 *
 * <p>The annotation is retained at run time so that tools (the samples' catalogue tests, for
 * example) can check the same budgets against the reference interpreter's analysis.
 *
 * <p>For each such method the processor writes one evaluator class, named by {@link #name()}, in
 * the method's package. The blog's {@code add}, for example:
 *
 * <pre>{@code
 * @RaspProgram(name = "Add", maxLayers = 6, vocabulary = "0123456789+")
 * public static Sop<Integer> add(Sop<Character> sop) {
 *   Sop<Integer> x = parseAndAdd(sop);
 *   Sop<Character> carry = checkCarries(x);
 *   Sop<Integer> carries = slideCarries(carry);
 *   return x.plus(carries).mod(10).named("add");
 * }
 * }</pre>
 *
 * <p>compiles to a class {@code Add} whose {@code evaluate("683+345")} gives what the reference
 * interpreter gives for the method, {@code [0, 0, 0, 1, 0, 2, 8]} (683 + 345, right-aligned), with
 * loops over primitive arrays.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RaspProgram {

  /**
   * {@return the simple name of the generated evaluator class; empty (the default) means the
   * method's name, capitalised}
   */
  String name() default "";

  /**
   * {@return the most attention layers the program may need; the build fails above it} 0 says the
   * program uses no attention; the default is no limit.
   */
  int maxLayers() default Integer.MAX_VALUE;

  /**
   * {@return the most attention heads (distinct selectors) any one layer may hold; the build fails
   * above it} The default is no limit.
   */
  int maxHeadsPerLayer() default Integer.MAX_VALUE;

  /**
   * {@return the characters a character-token program accepts, in any order; empty (the default)
   * means every character} Evaluating the program on any other token fails with an "unknown token" error. A token is one
   * UTF-16 {@code char}.
   */
  String vocabulary() default "";

  /**
   * {@return the beginning-of-sequence token of a character-token program written for inputs that
   * start with one (the RASP paper's {@code _bos} programs, which treat position 0 apart): one
   * character, or empty (the default) for none} A non-empty input must hold it at position 0 and nowhere else; evaluating
   * the program on another input fails there. The vocabulary, when not empty, constrains the
   * tokens after position 0 and need not list it.
   */
  String bos() default "";

  /**
   * {@return whether the program is causal, as a decoder's layers are: every selector of the
   * program selects only keys at positions up to the query's own (key position &lt;= query
   * position), so the value at a position depends on the tokens up to it alone} The reference
   * interpreter, the schedule, the pictures and the generated evaluator apply the same mask
   * ({@code org.rasp4j.ir.CausalMask}); the generated class of a causal program also has a
   * decoder that takes one token at a time. False (the default) for no mask.
   */
  boolean causal() default false;
}
