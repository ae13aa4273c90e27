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
    String outputName = output.name() != null ? output.name() : output.label();
    // A head that selects at most one key can write its value's one-hot itself (no decoding
    // MLP, no attention-output direction) or give a number an MLP decodes (one direction, and
    // MLPs of its layer may read it): which is smaller depends on who reads it, so both are
    // built and the smaller residual kept (then fewer layers, then fewer MLP units).
    CompiledTransformer best = null;
    for (boolean direct : new boolean[] {true, false}) {
      Planner planner = new Planner(domain, direct);
      planner.plan(output);
      CompiledTransformer model =
          new Assembler(planner).assemble(name, outputName, domain.tokenType());
      if (best == null || smaller(model, best)) {
        best = model;
      }
    }
    return best;
  }

  private static boolean smaller(CompiledTransformer a, CompiledTransformer b) {
    var x = a.weights().config();
    var y = b.weights().config();
    if (x.dModel() != y.dModel()) {
      return x.dModel() < y.dModel();
    }
    if (x.layers() != y.layers()) {
      return x.layers() < y.layers();
    }
    return x.dMlp() < y.dMlp();
  }
}
