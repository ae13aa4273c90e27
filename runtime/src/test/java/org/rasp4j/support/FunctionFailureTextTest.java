package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a failing function reads: the same whether or not HotSpot has compiled the code that threw
 * (a hot implicit exception loses its message).
 */
class FunctionFailureTextTest {
  @Test
  void aDivisionByZeroReadsTheSameWithOrWithoutItsMessage() {
    assertThat(Problems.arithmetic(new ArithmeticException("/ by zero"))).isEqualTo("/ by zero");
    assertThat(Problems.arithmetic(new ArithmeticException())).isEqualTo("/ by zero");
  }

  @Test
  void anExplicitArithmeticMessageIsKept() {
    assertThat(Problems.arithmetic(new ArithmeticException("integer overflow")))
        .isEqualTo("integer overflow");
  }

  @Test
  void exceptionsTheJvmThrowsItselfAreNamedByClassAlone() {
    assertThat(Problems.functionThrew(new NullPointerException("Cannot invoke \"x\"")))
        .isEqualTo("the function threw NullPointerException");
    assertThat(Problems.functionThrew(new ArrayIndexOutOfBoundsException(3)))
        .isEqualTo("the function threw ArrayIndexOutOfBoundsException");
    assertThat(Problems.functionThrew(new ClassCastException("class A cannot be cast")))
        .isEqualTo("the function threw ClassCastException");
    assertThat(Problems.functionThrew(new ArrayStoreException("java.lang.Integer")))
        .isEqualTo("the function threw ArrayStoreException");
  }

  @Test
  void exceptionsAFunctionThrowsOnPurposeKeepTheirMessage() {
    assertThat(Problems.functionThrew(new NumberFormatException("For input string: \"x\"")))
        .isEqualTo("the function threw NumberFormatException: For input string: \"x\"");
    assertThat(Problems.functionThrew(new IllegalStateException()))
        .isEqualTo("the function threw IllegalStateException");
  }
}
