package org.rasp4j.processor.diagnostics;

import java.util.Locale;

/**
 * Every diagnostic the processor reports, with a stable code users can search for. Each says what
 * is wrong and what to write instead.
 */
public enum Message {
  NOT_STATIC("a @RaspProgram method must be static; make %s static"),
  BAD_SIGNATURE(
      "a @RaspProgram method takes its tokens as one parameter of type Sop<Character>,"
          + " Sop<Integer> or Sop<T> and returns a Sop; %s does not"),
  NO_BODY("%s has no body to read; a @RaspProgram method must be a concrete static method"),
  UNSUPPORTED_STATEMENT(
      "%s is not supported in a RASP program; use local variables, if/else and for loops on"
          + " compile-time constants, and return"),
  UNSUPPORTED_EXPRESSION("%s is not supported in a RASP program; %s"),
  NOT_CONSTANT("%s must be a compile-time constant here; %s"),
  SECOND_TOKENS("%s reads the tokens a second time; a RASP program has one token input, its"
      + " parameter: use the parameter (pass it to helpers that need the tokens)"),
  UNKNOWN_NAME("cannot resolve %s; a RASP program reads its parameters, locals, compile-time"
      + " constants (static final fields initialised with a constant expression) and the DSL"
      + " (import static org.rasp4j.Rasp.*)"),
  INPUT_DEPENDENT("%s; a program's body runs once, at compile time, before there is any input,"
      + " so nothing in it can depend on the input: loop bounds, if conditions and arguments such"
      + " as shift's offset must be compile-time constants. Compute what depends on the input as"
      + " Sops (length(), where(condition, a, b), aggregates), or loop to a constant maximum and"
      + " choose per position with where"),
  UNKNOWN_METHOD("cannot resolve method %s; %s"),
  INSTANCE_HELPER("%s is an instance method; a RASP program and the functions it passes run"
      + " without an object (the program is static, and so is its generated evaluator), so they"
      + " call static helpers only: make it static"),
  HELPER_NOT_VISIBLE(
      "the body of %s is not visible to rasp4j: RASP helpers must be in the same compilation"
          + " (the same Maven module) as the program, in org.rasp4j.Library, or in a class of"
          + " another jar annotated @RaspLibrary (compiled with rasp4j's processor)"),
  TYPE_ERROR("%s"),
  LAMBDA("%s"),
  INACCESSIBLE("a function calls %s, but %s is %s, so the generated class (in the program's"
      + " package) cannot call it; make the %s package-private or public, or inline its body"),
  REFERENCE_EQUALITY("%s %s %s compares references, not values (Java's == on two %s objects);"
      + " write a.equals(b), or unbox one side: (int) a == b"),
  TOO_DEEP("%s"),
  THROWS("the program throws %s while it is compiled; fix the arguments that reach it"),
  LAYER_BUDGET("%s needs %s, maxLayers is %d: critical path %s"),
  CAUSAL_LOOK_AHEAD("%s is causal, and its head%s selects (with %s) only keys after the query's"
      + " position:"
      + " the causal mask empties every row of that head, so it gives its default (or width 0)"
      + " everywhere; compare with a key at or before the query (key(indices) <= query(indices))"
      + " if that is what you meant"),
  HEAD_BUDGET("%s needs %s in layer %d, maxHeadsPerLayer is %d: %s"),
  PROGRAM_SIZE("%s has %d operations (distinct SOps and selectors of its RASP graph, after loops"
      + " unroll and helpers inline), more than the %d the processor compiles; build it from fewer"
      + " operations (shorter constant loops), or split it into several programs"),
  NAME_COLLISION("%s"),
  BAD_BUDGET("@RaspProgram(%s = %d) allows no program: a budget is a number of %s, 0 or more"
      + " (0: the program uses no attention); leave it out for no limit"),
  BOS("@RaspProgram(bos = \"%s\") must be one character, the token every input starts with, or"
      + " empty for none"),
  INVALID_NAME("\"%s\" is not a valid class name for the program %s; set @RaspProgram(name ="
      + " \"...\") to a simple Java identifier (letters, digits, _ or $, not starting with a digit;"
      + " no dots; not a keyword)"),
  INTERNAL("rasp4j internal error while compiling %s: %s");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The code users search for: {@code [rasp4j.layer-budget]}. */
  public String code() {
    return "rasp4j." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The full text: "[code] message". INTERNAL keeps its required prefix. */
  public String format(Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    return this == INTERNAL ? text : "[" + code() + "] " + text;
  }
}
