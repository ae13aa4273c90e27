package org.rasp4j.transformer;

import org.rasp4j.Program;
import org.rasp4j.ir.SopNode;
import org.rasp4j.transformer.compile.Compilation;

/**
 * Compiles a RASP program to a transformer that computes it exactly on every input of a {@link
 * Domain}.
 *
 * <pre>{@code
 * CompiledTransformer model = TransformerCompiler.compile(
 *     Program.of(Blog.class.getMethod("reverse", Sop.class)), Domain.ofChars("abcd", 5));
 * model.run(List.of('a', 'b', 'c'));   // [c, b, a], by the forward pass
 * }</pre>
 *
 * <p>Every SOp is categorical: the residual holds a one-hot over the values it can take on the
 * domain (computed exactly, by running the program's operations on every value their operands can
 * hold), or none when it is a function of one such SOp (a linear view of it). Each aggregate and
 * selector width is one head, which attends to the selected keys and to the beginning-of-sequence
 * position, plus an MLP in the same layer that reads the exact value off the head's output.
 */
public final class TransformerCompiler {
  private TransformerCompiler() {}

  /**
   * {@return the transformer computing a program's output on a domain}
   *
   * @param program the program (built for the domain's token type)
   * @param domain the inputs
   * @throws org.rasp4j.RaspException naming the SOp the compiler cannot express on this domain
   */
  public static CompiledTransformer compile(Program program, Domain domain) {
    return compile(program.name(), program.build(domain.tokenType()).node(), domain);
  }

  /**
   * {@return the transformer computing {@code output} on a domain}
   *
   * @param name the program's name
   * @param output the program's output
   * @param domain the inputs
   * @throws org.rasp4j.RaspException naming the SOp the compiler cannot express on this domain
   */
  public static CompiledTransformer compile(String name, SopNode output, Domain domain) {
    return Compilation.compile(name, output, domain);
  }
}
