package org.rasp4j.transformer.fuzz;

import java.util.BitSet;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;

/**
 * One statement of a generated program: a SOp ({@code v3}) or a selector ({@code s2}), the DSL
 * text that defines it, and the statements it reads (itself included), so that any SOp of the
 * program prints, and runs, as a program of its own.
 *
 * @param index the statement's position in the program
 * @param name the variable the description gives it
 * @param type the SOp's element type; null for a selector
 * @param sop the SOp, or null for a selector
 * @param selector the selector, or null for a SOp
 * @param text the DSL expression that defines it
 * @param uses the statements it depends on, itself included
 */
record Term(int index, String name, ElementType type, Sop<?> sop, Selector selector, String text,
    BitSet uses) {
  /** {@return the Java declaration of the statement, as the description prints it} */
  String declaration() {
    String javaType = sop == null ? "Selector" : "Sop<" + boxed(type) + ">";
    return javaType + " " + name + " = " + text + ";";
  }

  /** {@return how many statements this term depends on: the size of its own program} */
  int size() {
    return uses.cardinality();
  }

  private static String boxed(ElementType type) {
    return type.boxed().getSimpleName();
  }
}
