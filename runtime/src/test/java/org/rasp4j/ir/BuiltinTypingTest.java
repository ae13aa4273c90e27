package org.rasp4j.ir;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.ir.ElementType.BOOL;
import static org.rasp4j.ir.ElementType.CHAR;
import static org.rasp4j.ir.ElementType.DOUBLE;
import static org.rasp4j.ir.ElementType.INT;
import static org.rasp4j.ir.ElementType.STRING;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typing rules of the built-ins and the advice their errors give. */
class BuiltinTypingTest {

  private static ElementType type(Builtin op, ElementType... operands) {
    return BuiltinTyping.resultType(op, List.of(operands));
  }

  private static String error(Builtin op, ElementType... operands) {
    return assertThrows(IllegalArgumentException.class, () -> type(op, operands)).getMessage();
  }

  @Test
  void arithmeticKeepsTheNumericType() {
    for (Builtin op :
        List.of(Builtin.PLUS, Builtin.MINUS, Builtin.TIMES, Builtin.DIV, Builtin.MOD)) {
      assertThat(type(op, INT, INT)).isEqualTo(INT);
      assertThat(type(op, DOUBLE, DOUBLE)).isEqualTo(DOUBLE);
    }
    assertThat(type(Builtin.NEGATE, INT)).isEqualTo(INT);
    assertThat(type(Builtin.NEGATE, DOUBLE)).isEqualTo(DOUBLE);
  }

  @Test
  void comparisonsAndLogicGiveBooleans() {
    assertThat(type(Builtin.EQ, BOOL, BOOL)).isEqualTo(BOOL);
    assertThat(type(Builtin.NE, STRING, STRING)).isEqualTo(BOOL);
    for (ElementType ordered : List.of(INT, CHAR, DOUBLE, STRING)) {
      assertThat(type(Builtin.LT, ordered, ordered)).isEqualTo(BOOL);
      assertThat(type(Builtin.GE, ordered, ordered)).isEqualTo(BOOL);
    }
    assertThat(type(Builtin.AND, BOOL, BOOL)).isEqualTo(BOOL);
    assertThat(type(Builtin.NOT, BOOL)).isEqualTo(BOOL);
  }

  @Test
  void conversions() {
    assertThat(type(Builtin.TO_INT, BOOL)).isEqualTo(INT);
    assertThat(type(Builtin.TO_DOUBLE, INT)).isEqualTo(DOUBLE);
    assertThat(type(Builtin.ROUND, DOUBLE)).isEqualTo(INT);
    assertThat(type(Builtin.WHERE, BOOL, CHAR, CHAR)).isEqualTo(CHAR);
  }

  @Test
  void plusOnCharsIsRejected() {
    assertThat(error(Builtin.PLUS, CHAR, CHAR))
        .isEqualTo("'+' needs int or double operands, not char");
  }

  @Test
  void intPlusDoubleSuggestsToDouble() {
    assertThat(error(Builtin.PLUS, INT, DOUBLE))
        .isEqualTo(
            "'+' needs operands of one type, not int and double;"
                + " convert the int side with toDouble()");
    assertThat(error(Builtin.LT, DOUBLE, INT)).contains("convert the int side with toDouble()");
  }

  @Test
  void booleanArithmeticSuggestsToInt() {
    assertThat(error(Builtin.TIMES, BOOL, BOOL))
        .isEqualTo("'*' needs int or double operands, not boolean; count booleans with toInt()");
    assertThat(error(Builtin.PLUS, INT, BOOL))
        .isEqualTo(
            "'+' needs operands of one type, not int and boolean;"
                + " convert the boolean side with toInt()");
  }

  @Test
  void whereNeedsBranchesOfOneType() {
    assertThat(error(Builtin.WHERE, BOOL, INT, CHAR))
        .isEqualTo("where needs both branches of one type, not int and char");
    assertThat(error(Builtin.WHERE, INT, INT, INT))
        .isEqualTo("where needs boolean operands, not int");
  }

  @Test
  void otherMisuses() {
    assertThat(error(Builtin.LT, BOOL, BOOL))
        .isEqualTo("'<' needs ordered operands (int, char, double, String), not boolean");
    assertThat(error(Builtin.NEGATE, STRING))
        .isEqualTo("negate needs an int or double operand, not String");
    assertThat(error(Builtin.TO_DOUBLE, DOUBLE))
        .isEqualTo("toDouble needs an int operand, not double");
    assertThat(error(Builtin.ROUND, INT)).isEqualTo("round needs a double operand, not int");
    assertThat(error(Builtin.TO_INT, INT)).isEqualTo("toInt needs boolean operands, not int");
    assertThat(error(Builtin.AND, INT, INT)).isEqualTo("and needs boolean operands, not int");
    assertThat(error(Builtin.PLUS, INT)).isEqualTo("+ takes 2 operands, not 1");
  }

  @Test
  void elementwiseNodesAreTypedByTheRules() {
    SopNode ints = new Tokens(INT);
    assertThat(Elementwise.of(Builtin.LT, ints, new Indices()).type()).isEqualTo(BOOL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Elementwise.of(Builtin.PLUS, new Tokens(CHAR), new Constant('a')));
    assertThat(e).hasMessageThat().isEqualTo("'+' needs int or double operands, not char");
  }

  @Test
  void aSelectorNeedsAComparison() {
    SopNode indices = new Indices();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Select(indices, indices, Builtin.PLUS));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("a selector compares keys with queries; + is no comparison");
  }

  @Test
  void aSelectorComparesKeysAndQueriesOfOneType() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Select(new Indices(), new Tokens(CHAR), Builtin.EQ));
    assertThat(e).hasMessageThat().isEqualTo("'==' needs operands of one type, not int and char");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Select(new Tokens(BOOL), new Tokens(BOOL), Builtin.LT));
  }

  @Test
  void anythingButTheFiveValueTypesIsNoConstant() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Constant(3L));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "not a RASP value: 3 (java.lang.Long); use an int, boolean, char, double or String");
  }
}
