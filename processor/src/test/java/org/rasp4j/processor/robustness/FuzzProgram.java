package org.rasp4j.processor.robustness;

import java.util.List;

/**
 * One generated {@code @RaspProgram} method and the members it needs.
 *
 * @param method the method's name
 * @param generatedClass the simple name of the evaluator class the processor writes for it
 * @param charTokens whether it takes character tokens (else int tokens)
 * @param members the method's source and its helpers; an invalid program's culprit is enclosed in
 *     the comments {@code /*<id*}{@code /} and {@code /*id>*}{@code /}
 * @param construct what is wrong with it, or "valid"
 * @param expectedCode the code of the error it must get ({@code rasp4j.not-constant}), or null
 *     for a valid program
 */
record FuzzProgram(int id, String method, String generatedClass, boolean charTokens,
    List<String> members, String construct, String expectedCode) {
  boolean valid() {
    return expectedCode == null;
  }

  static String open(int id) {
    return "/*<" + id + "*/";
  }

  static String close(int id) {
    return "/*" + id + ">*/";
  }
}
