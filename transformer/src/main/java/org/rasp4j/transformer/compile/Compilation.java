package org.rasp4j.transformer.compile;

import org.rasp4j.ir.SopNode;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Domain;

/** The compiler's one entry point for the public facade: plan, then assemble. */
public final class Compilation {
  private Compilation() {}

  /**
   * {@return the transformer computing {@code output} on the domain}
   *
   * @param name the program's name
   * @param output the program's output SOp
   * @param domain the inputs
   */
  public static CompiledTransformer compile(String name, SopNode output, Domain domain) {
    Planner planner = new Planner(domain);
    planner.plan(output);
    String outputName = output.name() != null ? output.name() : output.label();
    return new Assembler(planner).assemble(name, outputName, domain.tokenType());
  }
}
