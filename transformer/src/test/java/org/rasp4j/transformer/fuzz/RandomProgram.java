package org.rasp4j.transformer.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.ir.SopNode;
import org.rasp4j.transformer.Domain;

/**
 * A generated program: its statements, the one it outputs, whether it is made causal, and the
 * domain it is compiled for. Any SOp statement makes a smaller program of its own ({@link
 * #withOutput}), which is how a disagreement is minimised.
 *
 * @param seed the generator's seed: {@link RandomPrograms#generate} gives this program again
 * @param domain the inputs it is compiled for and checked on
 * @param terms every statement the generator made
 * @param output the SOp statement the program returns
 * @param causal whether the output is {@code .causal()}
 */
record RandomProgram(long seed, Domain domain, List<Term> terms, Term output, boolean causal) {
  RandomProgram {
    terms = List.copyOf(terms);
  }

  /** {@return the output's graph, masked when the program is causal} */
  SopNode node() {
    return causal ? output.sop().causal().node() : output.sop().node();
  }

  /** {@return the same program returning another of its SOps} */
  RandomProgram withOutput(Term other, boolean causalToo) {
    return new RandomProgram(seed, domain, terms, other, causalToo);
  }

  /** {@return the SOp statements the output depends on, the smallest programs first} */
  List<Term> subprograms() {
    List<Term> subs = new ArrayList<>();
    for (Term term : terms) {
      if (term.sop() != null && output.uses().get(term.index())) {
        subs.add(term);
      }
    }
    subs.sort((a, b) -> Integer.compare(a.size(), b.size()));
    return subs;
  }

  /** {@return the statements the output needs, as Java, then what is returned} */
  String description() {
    StringBuilder text = new StringBuilder();
    text.append("// seed ").append(seed).append(", domain ").append(domain.tokenType())
        .append(' ').append(domain.vocabulary()).append(" up to ").append(domain.maxSeqLen())
        .append('\n');
    for (Term term : terms) {
      if (output.uses().get(term.index())) {
        text.append(term.declaration()).append('\n');
      }
    }
    text.append("return ").append(output.name()).append(causal ? ".causal()" : "").append(';');
    return text.toString();
  }

  /** {@return every input of the domain, the shortest first (so a first failure is minimal)} */
  List<List<Object>> inputs() {
    List<List<Object>> all = new ArrayList<>();
    List<List<Object>> ofLength = List.of(List.of());
    for (int n = 1; n <= domain.maxSeqLen(); n++) {
      List<List<Object>> longer = new ArrayList<>();
      for (List<Object> prefix : ofLength) {
        for (Object token : domain.vocabulary()) {
          List<Object> next = new ArrayList<>(prefix);
          next.add(token);
          longer.add(List.copyOf(next));
        }
      }
      all.addAll(longer);
      ofLength = longer;
    }
    return all;
  }
}
