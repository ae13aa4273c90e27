package org.rasp4j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.processor.RaspProcessor;

/**
 * Every construct outside the subset rasp4j evaluates, each an error with its code on the exact
 * line (the line that contains the marker), never a crash.
 */
class UnsupportedConstructsTest {
  static Stream<Arguments> constructs() {
    return Stream.of(
        construct("unsupported-statement", "try {", "try { return tokens; } finally { }"),
        construct("unsupported-statement", "do {", "do { } while (false);", "return tokens;"),
        construct("unsupported-statement", "break;",
            "for (int i = 0; i < 3; i++) { break; }", "return tokens;"),
        construct("unsupported-statement", "int x;", "int x;", "return tokens;"),
        construct("unsupported-statement", "class Local", "class Local { }", "return tokens;"),
        construct("throws", "throw new IllegalStateException",
            "if (1 < 2) { throw new IllegalStateException(\"no\"); }", "return tokens;"),
        construct("unsupported-expression", "instanceof",
            "boolean b = tokens instanceof Object;", "return tokens;"),
        construct("unsupported-expression", "null", "Object o = null;", "return tokens;"),
        construct("unsupported-expression", "1.5f", "float f = 1.5f;", "return tokens;"),
        construct("unsupported-expression", "(i = 2)",
            "int i = 0;", "int j = (i = 2);", "return tokens;"),
        construct("unsupported-expression", "i++ +",
            "int i = 0;", "int j = i++ + 1;", "return tokens;"),
        construct("unsupported-expression", "new int[3]", "int[] a = new int[3];", "return tokens;"),
        construct("not-constant", "a[5]", "int[] a = {1, 2};", "int b = a[5];", "return tokens;"),
        construct("lambda", "Fn1<Character, Character> f",
            "Fn1<Character, Character> f = c -> c;", "return tokens;"),
        construct("lambda", "row -> 'x'",
            "return zip(CHAR, java.util.List.of(tokens, tokens), row -> 'x') == null ? tokens",
            "    : zip(CHAR, tokens, tokens, (a, b) -> a);"),
        construct("unsupported-expression", "c instanceof",
            "return tokens.map(CHAR, c -> c instanceof Character ? c : 'x');"),
        construct("unsupported-expression", "(Object) c",
            "return tokens.map(CHAR, c -> (Character) (Object) c);"),
        construct("unsupported-expression", "new StringBuilder()",
            "return tokens.map(CHAR, c -> new StringBuilder().append(c).charAt(0));"),
        construct("unknown-method", "Character.noSuchMethod",
            "return tokens.map(CHAR, c -> Character.noSuchMethod(c));"),
        construct("too-deep", "while (true)", "while (true) { }"),
        construct("unknown-name", "UNDEFINED_ELSEWHERE",
            "return shift(Integer.MAX_VALUE > 0 ? 1 : 0, '_', tokens).named(Missing.UNDEFINED_ELSEWHERE);"));
  }

  private static Arguments construct(String code, String marker, String... body) {
    return Arguments.of(code, marker, body);
  }

  @ParameterizedTest(name = "[{index}] {0} at {1}")
  @MethodSource("constructs")
  void isAnErrorAtItsLine(String code, String marker, String[] body) {
    String[] members = new String[body.length + 3];
    members[0] = "class Missing { static final String UNDEFINED_HERE = \"x\"; }";
    members[1] = "@RaspProgram static Sop<Character> p(Sop<Character> tokens) {";
    System.arraycopy(body, 0, members, 2, body.length);
    members[members.length - 1] = "}";
    JavaFileObject source = ProgramSource.of(members);
    Compilation compilation = javac().withProcessors(new RaspProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[rasp4j." + code + "]")
        .inFile(source)
        .onLineContaining(marker);
  }
}
