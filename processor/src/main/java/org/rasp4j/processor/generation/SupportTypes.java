package org.rasp4j.processor.generation;

import com.palantir.javapoet.ClassName;

/** The run-time classes generated code may call: the exception and the shared semantics. */
final class SupportTypes {
  private SupportTypes() {}

  static final ClassName RASP_EXCEPTION = ClassName.get("org.rasp4j", "RaspException");
  static final ClassName ARITHMETIC = ClassName.get("org.rasp4j.support", "Arithmetic");
  static final ClassName PROBLEMS = ClassName.get("org.rasp4j.support", "Problems");
  static final ClassName TOKEN_CHECKS = ClassName.get("org.rasp4j.support", "TokenChecks");
  static final ClassName SORTED = ClassName.get("org.rasp4j.support", "Sorted");
  static final ClassName SORTED_DOUBLES = ClassName.get("org.rasp4j.support", "SortedDoubles");
  static final ClassName GROUPING = ClassName.get("org.rasp4j.support", "Grouping");
  static final ClassName CODE_GROUPS = ClassName.get("org.rasp4j.support", "CodeGroups");
  static final ClassName CAPACITY = ClassName.get("org.rasp4j.support", "Capacity");
}
