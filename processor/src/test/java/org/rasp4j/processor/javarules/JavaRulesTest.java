package org.rasp4j.processor.javarules;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.processor.javarules.JavaType.Primitive;
import org.rasp4j.processor.javarules.Overloads.Candidate;

/**
 * The JLS rules as the processor applies them, each case worked out by hand from the JLS (chapter
 * 5, 15.12.2, 15.25); the conformance suite checks the same rules against javac end to end.
 */
class JavaRulesTest {
  private static final JavaType INTEGER = JavaType.of(Integer.class);
  private static final JavaType CHARACTER = JavaType.of(Character.class);

  @Test
  void conditionalTypes() {
    // 15.25: an int constant representable in char makes the conditional a char
    assertThat(Conditionals.type(Primitive.CHAR, 'a', Primitive.INT, 1)).isEqualTo(Primitive.CHAR);
    assertThat(Conditionals.type(Primitive.INT, 1, Primitive.CHAR, null)).isEqualTo(Primitive.CHAR);
    // ...but not a constant out of range, nor a variable
    assertThat(Conditionals.type(Primitive.CHAR, 'a', Primitive.INT, -1)).isEqualTo(Primitive.INT);
    assertThat(Conditionals.type(Primitive.CHAR, 'a', Primitive.INT, null)).isEqualTo(Primitive.INT);
    // a boxed char with an int constant: the unboxed char
    assertThat(Conditionals.type(CHARACTER, null, Primitive.INT, 66)).isEqualTo(Primitive.CHAR);
    // T and its box: T; a box and another numeric type: binary numeric promotion
    assertThat(Conditionals.type(INTEGER, null, Primitive.INT, null)).isEqualTo(Primitive.INT);
    assertThat(Conditionals.type(INTEGER, null, Primitive.LONG, null)).isEqualTo(Primitive.LONG);
    assertThat(Conditionals.type(INTEGER, null, INTEGER, null)).isEqualTo(INTEGER);
    assertThat(Conditionals.type(Primitive.BYTE, null, Primitive.SHORT, null)).isEqualTo(Primitive.SHORT);
    assertThat(Conditionals.type(Primitive.FLOAT, null, Primitive.LONG, null)).isEqualTo(Primitive.FLOAT);
    assertThat(Conditionals.type(JavaType.of(Boolean.class), null, Primitive.BOOLEAN, null))
        .isEqualTo(Primitive.BOOLEAN);
    assertThat(Conditionals.type(JavaType.STRING, null, INTEGER, null)).isEqualTo(JavaType.OBJECT);
  }

  @Test
  void promotionsAndConversions() {
    assertThat(Conversions.binaryPromotion(Primitive.CHAR, Primitive.CHAR)).hasValue(Primitive.INT);
    assertThat(Conversions.binaryPromotion(INTEGER, Primitive.FLOAT)).hasValue(Primitive.FLOAT);
    assertThat(Conversions.binaryPromotion(Primitive.LONG, Primitive.INT)).hasValue(Primitive.LONG);
    assertThat(Conversions.binaryPromotion(JavaType.STRING, Primitive.INT)).isEmpty();
    assertThat(Conversions.unaryPromotion(CHARACTER)).hasValue(Primitive.INT);
    // assignment: constant narrowing to char and Character, not to Integer's neighbours
    assertThat(Conversions.assignable(Primitive.INT, CHARACTER, 65)).isTrue();
    assertThat(Conversions.assignable(Primitive.INT, Primitive.CHAR, 65_536)).isFalse();
    assertThat(Conversions.assignable(Primitive.CHAR, INTEGER, 'a')).isFalse();
    assertThat(Conversions.assignable(Primitive.INT, JavaType.of(Double.class), null)).isFalse();
    // casts: (long) anInteger compiles, (char) anInteger does not
    assertThat(Conversions.castable(INTEGER, Primitive.LONG)).isTrue();
    assertThat(Conversions.castable(INTEGER, Primitive.CHAR)).isFalse();
    assertThat(Conversions.castable(Primitive.BOOLEAN, Primitive.INT)).isFalse();
    // strict invocation does not unbox; loose does
    assertThat(Conversions.strict(INTEGER, Primitive.INT)).isFalse();
    assertThat(Conversions.loose(INTEGER, Primitive.LONG)).isTrue();
    assertThat(Conversions.loose(Primitive.INT, JavaType.OBJECT)).isTrue();
    assertThat(Conversions.loose(Primitive.INT, JavaType.of(Long.class))).isFalse();
  }

  @Test
  void theMostSpecificApplicableMethodOfTheFirstPhaseThatHasOne() {
    assertThat(chosen(List.of(sig("int", Primitive.INT), sig("char", Primitive.CHAR)),
        Primitive.CHAR)).isEqualTo("char");
    assertThat(chosen(List.of(sig("int", Primitive.INT), sig("char", Primitive.CHAR)),
        CHARACTER)).isEqualTo("char");
    assertThat(chosen(List.of(sig("int", Primitive.INT), sig("char", Primitive.CHAR)),
        INTEGER)).isEqualTo("int");
    assertThat(chosen(List.of(sig("double", Primitive.DOUBLE), sig("long", Primitive.LONG)),
        Primitive.INT)).isEqualTo("long");
    assertThat(chosen(List.of(sig("Object", JavaType.OBJECT), sig("Integer", INTEGER)),
        Primitive.INT)).isEqualTo("Integer");
    // phase 1 applies Object to an Integer without unboxing: the int overload is never considered
    assertThat(chosen(List.of(sig("Object", JavaType.OBJECT), sig("int", Primitive.INT)),
        INTEGER)).isEqualTo("Object");
    // float is more specific than double: Math.round(anInteger) is round(float)
    assertThat(chosen(List.of(sig("float", Primitive.FLOAT), sig("double", Primitive.DOUBLE)),
        INTEGER)).isEqualTo("float");
  }

  @Test
  void variableArityComesLastAndAmbiguityIsReported() {
    Candidate<String> varargs = new Candidate<>("int...", List.of(JavaType.of(int[].class)), true);
    Candidate<String> two = new Candidate<>("two", List.of(Primitive.INT, Primitive.INT), false);
    assertThat(chosen(List.of(varargs, two), Primitive.INT, Primitive.INT)).isEqualTo("two");
    assertThat(chosen(List.of(varargs, two), Primitive.INT)).isEqualTo("int...");
    assertThat(chosen(List.of(varargs, two), INTEGER, Primitive.CHAR, Primitive.INT))
        .isEqualTo("int...");
    assertThat(chosen(List.of(varargs, two))).isEqualTo("int...");
    assertThat(Overloads.resolve(List.of(
            new Candidate<>("a", List.of(Primitive.LONG, Primitive.INT), false),
            new Candidate<>("b", List.of(Primitive.INT, Primitive.LONG), false)),
        List.of(Primitive.INT, Primitive.INT))).isInstanceOf(Overloads.Ambiguous.class);
    assertThat(Overloads.resolve(List.of(sig("int", Primitive.INT)), List.of(JavaType.STRING)))
        .isInstanceOf(Overloads.NotApplicable.class);
  }

  @Test
  void valuesConvertAsCastsDo() {
    assertThat(Values.convert(2.7, Primitive.INT)).isEqualTo(2);
    assertThat(Values.convert(97, Primitive.CHAR)).isEqualTo('a');
    assertThat(Values.convert(300, Primitive.BYTE)).isEqualTo((byte) 44);
    assertThat(Values.convert(Double.NaN, Primitive.LONG)).isEqualTo(0L);
    assertThat(Values.convert(1e20, Primitive.INT)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Values.convert('a', Primitive.DOUBLE)).isEqualTo(97.0);
  }

  private static Candidate<String> sig(String name, JavaType parameter) {
    return new Candidate<>(name, List.of(parameter), false);
  }

  private static String chosen(List<Candidate<String>> candidates, JavaType... arguments) {
    Overloads.Resolution<String> resolution = Overloads.resolve(candidates, List.of(arguments));
    assertThat(resolution).isInstanceOf(Overloads.Chosen.class);
    return ((Overloads.Chosen<String>) resolution).candidate().method();
  }
}
