package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Predicate2;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Each kernel is chosen for the selector shapes it handles (as the generated class's {@code
 * kernels()} reports) and computes what the interpreter computes — values bit for bit, errors with
 * the same class, message and position — on random inputs of lengths 0 to 200: small values (many
 * equal keys, long selections), the int extremes (overflowing sums), doubles with -0.0, NaN and
 * the infinities.
 */
class KernelsTest {
  private static final long SEED = Long.getLong("rasp4j.kernels.seed", 20261130L);
  private static final int INPUTS = 40;
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);
  /** Doubles with repeats, fractions that round when added, and -0.0. */
  private static final Sop<Double> DOUBLES =
      INTS.mod(7).toDouble().div(3.0).times(-1.0).named("doubles");
  /**
   * The doubles the comparison operators treat specially, from the tokens: NaN (in no order),
   * -0.0 and 0.0 (equal), the infinities; else thirds (repeated, and huge for the int extremes).
   */
  private static final Sop<Double> EDGES = where(INTS.eq(0), Double.NaN,
      where(INTS.eq(1), -0.0,
          where(INTS.eq(2), 0.0,
              where(INTS.eq(3), Double.POSITIVE_INFINITY,
                  where(INTS.eq(-3), Double.NEGATIVE_INFINITY, INTS.toDouble().div(3.0))))))
      .named("edges");
  /**
   * Other special doubles for the query side: NaN from another token, -0.0 from 0, halves, and
   * EDGES' own value from positive tokens (so a key ties with the query at its own position).
   */
  private static final Sop<Double> OTHER_EDGES = where(INTS.eq(-2), Double.NaN,
      where(INTS.gt(0), EDGES, INTS.toDouble().times(-0.5))).named("otherEdges");

  /** Compiles the program, checks its head's kernels, and compares it on random int inputs. */
  private static CompiledEvaluator ints(String name, Sop<?> program, String... kernels) {
    return ints(name, program, Map.of(), kernels);
  }

  /**
   * {@link #ints(String, Sop, String...)} for a program with lambdas: the evaluator is generated
   * from their translations (see {@link ScalarTwin}), the interpreter runs the lambdas.
   */
  private static CompiledEvaluator ints(String name, Sop<?> program,
      Map<Object, ScalarFunction> translations, String... kernels) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, generated(program, translations));
    assertKernels(evaluator, kernels);
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      int[] input = randomInts(random, randomLength(random, i));
      try {
        Differential.agree(evaluator, program.node(), input);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + SEED + " (-Drasp4j.kernels.seed), input "
            + Arrays.toString(input), e);
      }
    }
    return evaluator;
  }

  /** Compiles the program, checks its kernels, and compares it on random character inputs. */
  private static CompiledEvaluator chars(String name, Sop<?> program, String... kernels) {
    return chars(name, program, Map.of(), kernels);
  }

  /** {@link #chars(String, Sop, String...)} for a program with lambdas, as {@link #ints}. */
  private static CompiledEvaluator chars(String name, Sop<?> program,
      Map<Object, ScalarFunction> translations, String... kernels) {
    CompiledEvaluator evaluator = CompiledEvaluator.of(name, generated(program, translations));
    assertKernels(evaluator, kernels);
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      StringBuilder input = new StringBuilder();
      int n = randomLength(random, i);
      // Mostly three letters, so that most keys repeat; sometimes a fourth, rare one.
      for (int p = 0; p < n; p++) {
        input.append(random.nextInt(20) == 0 ? 'z' : "abc".charAt(random.nextInt(3)));
      }
      try {
        Differential.agree(evaluator, program.node(), input.toString());
      } catch (AssertionError e) {
        throw new AssertionError("seed " + SEED + " (-Drasp4j.kernels.seed), input \""
            + input + "\"", e);
      }
    }
    return evaluator;
  }

  private static SopNode generated(Sop<?> program, Map<Object, ScalarFunction> translations) {
    return translations.isEmpty() ? program.node() : ScalarTwin.of(program.node(), translations);
  }

  private static void assertKernels(CompiledEvaluator evaluator, String... kernels) {
    String[] listed = (String[]) evaluator.call("kernels");
    assertWithMessage("kernels()\n%s", evaluator.source())
        .that(Arrays.asList(listed)).containsAtLeastElementsIn(kernels);
  }

  /** Lengths 0, 1, 2 and 3 first, then any up to 200. */
  private static int randomLength(SplittableRandom random, int i) {
    return i < 4 ? i : random.nextInt(201);
  }

  private static int[] randomInts(SplittableRandom random, int n) {
    int[] values = new int[n];
    boolean extremes = random.nextInt(4) == 0;
    for (int p = 0; p < n; p++) {
      values[p] = extremes && random.nextInt(3) == 0
          ? (random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE + random.nextInt(2))
          : random.nextInt(-4, 5);
    }
    return values;
  }

  @Test
  void queryIndependentSelectorsComputeOneRow() {
    String kernel = "1.1 " + QueryIndependentKernel.NAME;
    ints("AllSum", selectAll().value(INTS), kernel);
    ints("AllMean", selectAll().mean(INTS), kernel);
    chars("AllWidth", selectAll().width(), kernel);
    ints("NegativeDoubles", key(INTS).lt(query(0)).value(DOUBLES), kernel);
    ints("ConstantOr", key(INTS).eq(query(1)).or(key(indices()).eq(query(0))).value(INTS),
        kernel);
    chars("PlusChars", key(CHARS).eq(query('a')).value(CHARS, '_'), kernel);
    chars("PlusIndex", key(CHARS).eq(query('b')).value(indices(), -1), kernel);
  }

  // Lambdas as the front end translates them: (k, q) -> ... over int or char keys and queries.
  private static final Scalar.Param INT_KEY = new Scalar.Param(0, "k", ElementType.INT);
  private static final Scalar.Param INT_QUERY = new Scalar.Param(1, "q", ElementType.INT);
  private static final Scalar.Param CHAR_KEY = new Scalar.Param(0, "k", ElementType.CHAR);
  private static final Scalar.Param CHAR_QUERY = new Scalar.Param(1, "q", ElementType.CHAR);

  private static Scalar literal(Object value) {
    return new Scalar.Literal(ElementType.of(value), value);
  }

  /** A comparison or a logical operator. */
  private static Scalar test(String operator, Scalar left, Scalar right) {
    return new Scalar.Binary(operator, left, right, ElementType.BOOL);
  }

  /** Int arithmetic. */
  private static Scalar arithmetic(String operator, Scalar left, Scalar right) {
    return new Scalar.Binary(operator, left, right, ElementType.INT);
  }

  private static ScalarFunction intPredicate(Scalar body) {
    return predicate(body, INT_KEY, INT_QUERY);
  }

  private static ScalarFunction charPredicate(Scalar body) {
    return predicate(body, CHAR_KEY, CHAR_QUERY);
  }

  private static ScalarFunction predicate(Scalar body, Scalar.Param key, Scalar.Param query) {
    // One origin for all: the bodies tell the functions of a program apart.
    return new ScalarFunction(List.of(key, query), body, "select",
        new FunctionOrigin.Lambda("KernelsTest", 0));
  }

  @Test
  void functionsIgnoringTheQueryComputeOneRow() {
    String kernel = "1.1 " + QueryIndependentKernel.NAME;
    // (k, q) -> k > 0: reads only the key.
    Predicate2<Integer, Integer> positive = (key, query) -> key > 0;
    ScalarFunction positiveTranslated = intPredicate(test(">", INT_KEY, literal(0)));
    ints("PositiveKeys", select(INTS, INTS, positive).value(INTS),
        Map.of(positive, positiveTranslated), kernel);
    // (k, q) -> true: reads nothing (tracr's select_all).
    Predicate2<Object, Object> always = (key, query) -> true;
    ints("AlwaysTrue", select(INTS, indices(), always).width(),
        Map.of(always, intPredicate(literal(true))), kernel);
    chars("AlwaysTrueChars", select(CHARS, CHARS, always).value(CHARS, '_'),
        Map.of(always, charPredicate(literal(true))), kernel);
    // (k, q) -> k.equals(token), token a captured char (tracr's count).
    char token = 'a';
    Predicate2<Character, Character> isToken = (key, query) -> key.equals(token);
    ScalarFunction isTokenTranslated = charPredicate(new Scalar.InstanceCall(CHAR_KEY,
        "java.lang.Character", "equals",
        List.of(new Scalar.Literal(JavaType.Primitive.CHAR, token, false)),
        JavaType.Primitive.BOOLEAN));
    chars("CountToken", select(CHARS, CHARS, isToken).width(),
        Map.of(isToken, isTokenTranslated), kernel);
    // (x, y) -> x <= n, n a captured int (tracr's select_less).
    int n = 2;
    Predicate2<Integer, Integer> atMost = (x, y) -> x <= n;
    ints("AtMostCaptured", select(INTS, INTS, atMost).mean(INTS), Map.of(atMost, intPredicate(
        test("<=", INT_KEY, new Scalar.Literal(JavaType.Primitive.INT, n, false)))), kernel);
    // Under not, or and and, with comparisons with a constant query.
    chars("NotTokenOrFirst", select(CHARS, CHARS, isToken).not()
        .or(key(indices()).eq(query(0))).value(indices()),
        Map.of(isToken, isTokenTranslated), kernel);
    ints("PositiveAndOne", select(INTS, INTS, positive).and(key(INTS).eq(query(1)))
        .value(DOUBLES), Map.of(positive, positiveTranslated), kernel);
  }

  @Test
  void aFunctionIgnoringTheQueryFailsAtQueryZero() {
    String kernel = "1.1 " + QueryIndependentKernel.NAME;
    // (k, q) -> 12 / k > 2 divides by the key: the interpreter fails at query 0, at the first
    // key 0; the tokens are mostly in [-4, 4], so most inputs hold a 0.
    Predicate2<Integer, Integer> over = (key, query) -> 12 / key > 2;
    ScalarFunction overTranslated =
        intPredicate(test(">", arithmetic("/", literal(12), INT_KEY), literal(2)));
    CompiledEvaluator evaluator = ints("DivideByKey",
        select(INTS, INTS, over).named("over").value(INTS), Map.of(over, overTranslated), kernel);
    assertThat(evaluator.run(new int[] {1, 0, 5}).message())
        .isEqualTo("select select 'over' at position 0: / by zero");
    assertThat(evaluator.run(new int[] {1, 7, 5})).isEqualTo(Outcome.values(List.of(1, 1, 1)));
    // Two failing functions: the interpreter raises the first select's first failure, even
    // where the other fails at an earlier key (k = -1).
    Predicate2<Integer, Integer> divides = (key, query) -> 7 % (key + 1) == 0;
    ScalarFunction dividesTranslated = intPredicate(test("==",
        arithmetic("%", literal(7), arithmetic("+", INT_KEY, literal(1))), literal(0)));
    Map<Object, ScalarFunction> both = Map.of(over, overTranslated, divides, dividesTranslated);
    ints("TwoDivisions", select(INTS, INTS, over).or(select(INTS, INTS, divides)).width(), both,
        kernel);
    ints("TwoDivisionsReversed", select(INTS, INTS, divides).and(select(INTS, INTS, over).not())
        .value(INTS), both, kernel);
    // Beside a head whose function reads the query and fails at another key (k = 1).
    Predicate2<Integer, Integer> ratio = (key, query) -> query / (key - 1) > 0;
    Sop<Integer> beside = select(INTS, INTS, over).value(INTS)
        .plus(select(INTS, INTS, ratio).named("ratio").width());
    CompiledEvaluator besideEvaluator = ints("BesideAQueryRead", beside,
        Map.of(over, overTranslated, ratio, intPredicate(test(">",
            arithmetic("/", INT_QUERY, arithmetic("-", INT_KEY, literal(1))), literal(0)))),
        kernel, "1.2 " + GeneralKernel.NAME);
    assertThat(besideEvaluator.run(new int[] {2, 1}).message())
        .isEqualTo("select select 'ratio' at position 0: / by zero");
    for (int[] input : List.of(new int[] {1}, new int[] {0, 1}, new int[] {1, 0}, new int[] {3, 1},
        new int[] {-1, 2, 0, 1})) {
      Differential.agree(besideEvaluator, beside.node(), input);
    }
  }

  @Test
  void aFunctionThatMayReadTheQueryStaysGeneral() {
    String general = "1.1 " + GeneralKernel.NAME;
    Predicate2<Integer, Integer> below = (key, query) -> key < query * 2;
    ints("ReadsTheQuery", select(INTS, INTS, below).value(INTS), Map.of(below,
        intPredicate(test("<", INT_KEY, arithmetic("*", INT_QUERY, literal(2))))), general);
    // A method of the user's may keep state between the interpreter's n * n calls.
    Predicate2<Integer, Integer> picky = (key, query) -> TestFunctions.picky(key) > 0;
    ints("UserMethod", select(INTS, INTS, picky).width(), Map.of(picky, intPredicate(test(">",
        new Scalar.Call(TestFunctions.class.getCanonicalName(), "picky", List.of(INT_KEY),
            ElementType.INT), literal(0)))), general);
    // Math.random() draws anew at every cell (always below 2, so both sides agree).
    Predicate2<Integer, Integer> random = (key, query) -> Math.random() < 2.0;
    ints("RandomDraw", select(INTS, INTS, random).width(), Map.of(random, intPredicate(test("<",
        new Scalar.Call("java.lang.Math", "random", List.of(), ElementType.DOUBLE),
        literal(2.0)))), general);
  }

  @Test
  void indexMapsLookOneKeyUp() {
    String kernel = "1.1 " + IndexMapKernel.NAME;
    chars("ShiftChars", key(indices()).eq(query(indices().minus(1))).value(CHARS, '_'),
        "1.1 " + IndexMapKernel.NAME);
    ints("AtToken", key(indices()).eq(query(INTS)).value(INTS), kernel);
    ints("AtTokenMean", key(indices()).eq(query(INTS)).mean(DOUBLES), "1.1 " + IndexMapKernel.NAME);
    ints("AtTokenBefore",
        key(indices()).eq(query(INTS)).and(key(indices()).lt(query(indices()))).value(DOUBLES),
        "1.1 " + IndexMapKernel.NAME);
    ints("Index2", key(indices()).eq(query(2)).value(INTS), "1.1 " + QueryIndependentKernel.NAME);
  }

  @Test
  void positionOrdersArePrefixSums() {
    String kernel = "1.1 " + PositionOrderKernel.NAME;
    ints("Cumsum", key(indices()).le(query(indices())).value(INTS), kernel);
    ints("CumMean", key(indices()).le(query(indices())).mean(INTS), kernel);
    ints("Suffix", key(indices()).ge(query(indices())).value(INTS), kernel);
    ints("DoublePrefix", key(indices()).lt(query(indices())).value(DOUBLES),
        "1.1 " + PositionOrderKernel.NAME);
    ints("DoublePrefixMean", key(indices()).lt(query(INTS)).mean(DOUBLES),
        "1.1 " + PositionOrderKernel.NAME);
    Selector window = key(indices()).le(query(indices()))
        .and(key(indices()).gt(query(indices().minus(3))));
    ints("Window", window.value(INTS), "1.1 " + PositionOrderKernel.NAME);
    ints("BeforeOrSelf",
        key(indices()).lt(query(indices())).or(key(indices()).eq(query(indices()))).value(INTS),
        kernel);
    ints("NotBelowToken", key(indices()).lt(query(INTS)).not().width(), kernel);
    ints("AllButToken", key(indices()).ne(query(INTS)).value(INTS), kernel);
    ints("GapOr", key(indices()).lt(query(INTS)).or(key(indices()).gt(query(INTS.plus(2))))
        .value(INTS), "1.1 " + PositionOrderKernel.NAME);
    chars("TwoChars", key(indices()).le(query(indices())).value(CHARS, '_'), kernel);
  }

  @Test
  void valueEqualitiesGroupTheKeys() {
    String kernel = "1.1 " + ValueGroupsKernel.NAME;
    ints("Histogram", key(INTS).eq(query(INTS)).width(), kernel);
    ints("GroupSum", key(INTS).eq(query(INTS)).value(INTS), kernel);
    ints("GroupDoubles", key(INTS.mod(3)).eq(query(INTS.mod(3))).value(DOUBLES),
        "1.1 " + ValueGroupsKernel.NAME);
    ints("GroupMean", key(INTS.mod(3)).eq(query(INTS.mod(3))).mean(DOUBLES),
        "1.1 " + ValueGroupsKernel.NAME);
    ints("Booleans", key(INTS.gt(0)).eq(query(INTS.lt(0))).value(INTS),
        "1.1 " + ValueGroupsKernel.NAME);
    ints("TwoEqualities", key(INTS.mod(2)).eq(query(INTS.mod(2)))
        .and(key(INTS.mod(3)).eq(query(INTS.mod(3)))).value(INTS),
        "1.1 " + ValueGroupsKernel.NAME);
    Selector hist2 = key(INTS).eq(query(INTS)).and(key(indices()).lt(query(indices())));
    ints("GroupBefore", hist2.value(INTS), kernel);
    ints("GroupBeforeWidth", hist2.width(), kernel);
    ints("GroupBeforeDoubles", hist2.value(DOUBLES), "1.1 " + ValueGroupsKernel.NAME);
    ints("GroupAfter", key(INTS).eq(query(INTS)).and(key(indices()).ge(query(indices())))
        .value(INTS), kernel);
    ints("GroupWindowOr", key(INTS).eq(query(INTS)).and(key(indices()).lt(query(indices()))
        .or(key(indices()).gt(query(indices().plus(2))))).value(INTS), kernel);
    ints("GroupAt", key(INTS).eq(query(INTS)).and(key(indices()).eq(query(0))).value(DOUBLES),
        "1.1 " + ValueGroupsKernel.NAME);
    chars("CharGroups", key(CHARS).eq(query(CHARS)).value(CHARS, '_'), kernel);
    chars("CharHistogram", key(CHARS).eq(query(CHARS)).width(), kernel);
  }

  @Test
  void equalitiesWithTheQueryPositionCountTheKeys() {
    String kernel = "1.1 " + ValueGroupsKernel.POSITION_NAME;
    // Keys out of [0, n) (negative, the int extremes) and repeated keys; int sums that overflow.
    ints("SortLike", key(INTS).eq(query(indices())).value(INTS), kernel);
    ints("SortLikeWidth", key(INTS).eq(query(indices())).width(), kernel);
    ints("SortLikeMean", key(INTS).eq(query(indices())).mean(INTS), kernel);
    ints("SortLikeDoubles", key(INTS).eq(query(indices())).value(DOUBLES), kernel);
    ints("SortLikeDoubleMean", key(INTS).eq(query(indices())).mean(DOUBLES), kernel);
    ints("SpreadKeys", key(INTS.plus(indices())).eq(query(indices())).value(INTS), kernel);
    // Two booleans or two characters selected: the interpreter's error at the first such query.
    ints("SortLikeBooleans", key(INTS).eq(query(indices())).value(INTS.gt(0)), kernel);
    chars("RepeatedCharKeys", key(indices().mod(3)).eq(query(indices())).value(CHARS, '_'),
        kernel);
    chars("ShiftedCharKeys", key(indices().plus(2)).eq(query(indices())).value(CHARS, '_'),
        kernel);
    // length is an aggregate of layer 1, so the flip's head is in layer 2.
    ints("Flip", key(length().minus(indices()).minus(1)).eq(query(indices())).value(INTS),
        "2.1 " + ValueGroupsKernel.POSITION_NAME);
    chars("FlipChars", key(length().minus(indices()).minus(1)).eq(query(indices()))
        .value(CHARS, '_'), "2.1 " + ValueGroupsKernel.POSITION_NAME);
    Selector earlier = key(INTS).eq(query(indices())).and(key(indices()).lt(query(indices())));
    ints("SortLikeBefore", earlier.value(INTS), kernel);
    ints("SortLikeBeforeDoubles", earlier.value(DOUBLES), kernel);
    ints("SortLikeAfter", key(INTS).eq(query(indices())).and(key(indices()).gt(query(INTS)))
        .value(INTS), kernel);
    ints("SortLikeOrFirst", key(INTS).eq(query(indices())).or(key(indices()).eq(query(0)))
        .value(INTS), kernel + WithPositionKernel.SUFFIX);
    // Another query side, or a second equality, still sorts the values.
    ints("TokenQuery", key(INTS).eq(query(INTS.plus(indices()))).value(INTS),
        "1.1 " + ValueGroupsKernel.NAME);
    ints("SecondEquality", key(INTS).eq(query(indices())).and(key(INTS).eq(query(INTS)))
        .value(INTS), "1.1 " + ValueGroupsKernel.NAME);
  }

  @Test
  void valueOrdersSortTheKeys() {
    String kernel = "1.1 " + ValueOrderKernel.NAME;
    ints("Smaller", key(INTS).lt(query(INTS)).width(), kernel);
    ints("SmallerSum", key(INTS).lt(query(INTS)).value(INTS), kernel);
    ints("AtMost", key(INTS).le(query(INTS)).mean(INTS), kernel);
    ints("Larger", key(INTS).gt(query(INTS)).value(indices()), kernel);
    ints("AtLeast", key(INTS).ge(query(INTS.mod(3))).value(INTS), "1.1 " + ValueOrderKernel.NAME);
    chars("CharsBelow", key(CHARS).lt(query(CHARS)).value(CHARS, '_'), kernel);
    chars("CharsAbove", key(CHARS).ge(query(CHARS)).width(), kernel);
    // Ties broken by position, as sort and minimum do: (value, position) before the query's.
    Selector before = key(INTS).lt(query(INTS))
        .or(key(INTS).eq(query(INTS)).and(key(indices()).lt(query(indices()))));
    ints("SortTargets", before.width(), kernel);
    ints("BeforeSum", before.value(INTS), kernel);
    chars("FirstOfMinimum", key(indices()).lt(query(indices())).and(key(CHARS).eq(query(CHARS)))
        .or(key(CHARS).lt(query(CHARS))).value(CHARS, '_'), kernel);
    // Another SOp on the query side: its bound is searched, not the key's own rank.
    Selector beforeThird = key(INTS).lt(query(INTS.mod(3)))
        .or(key(INTS).eq(query(INTS.mod(3))).and(key(indices()).lt(query(indices()))));
    ints("BeforeThird", beforeThird.value(INTS), kernel);
  }

  @Test
  void doubleValueOrdersCompareAsTheOperatorsDo() {
    String kernel = "1.1 " + ValueOrderKernel.NAME;
    ints("DoublesBelow", key(EDGES).lt(query(EDGES)).width(), kernel);
    ints("DoublesAtMost", key(EDGES).le(query(OTHER_EDGES)).width(), kernel);
    ints("DoublesAbove", key(EDGES).gt(query(EDGES)).width(), kernel);
    ints("DoublesAtLeast", key(OTHER_EDGES).ge(query(EDGES)).width(), kernel);
    // Int sums that overflow, means, booleans (two selected: an error), over double keys.
    ints("DoublesBelowSum", key(EDGES).lt(query(OTHER_EDGES)).value(INTS), kernel);
    ints("DoublesAboveSum", key(EDGES).gt(query(OTHER_EDGES)).value(INTS), kernel);
    ints("DoublesAtLeastMean", key(EDGES).ge(query(EDGES)).mean(INTS), kernel);
    ints("DoublesAtMostBooleans", key(OTHER_EDGES).le(query(EDGES)).value(INTS.gt(0)), kernel);
    // tracr's make_sort: keys made unique by adding i / max_seq_len.
    Sop<Double> unique = INTS.toDouble().plus(indices().toDouble().div(100.0));
    ints("TracrSortTargets", key(unique).lt(query(unique)).width(), kernel);
    // Ties broken by position: its own rank, or a searched bound on another query side.
    Selector before = key(EDGES).lt(query(EDGES))
        .or(key(EDGES).eq(query(EDGES)).and(key(indices()).lt(query(indices()))));
    ints("DoubleSortTargets", before.width(), kernel);
    ints("DoubleBeforeSum", before.value(INTS), kernel);
    Selector beforeOther = key(EDGES).lt(query(OTHER_EDGES))
        .or(key(EDGES).eq(query(OTHER_EDGES)).and(key(indices()).lt(query(indices()))));
    ints("DoubleBeforeOther", beforeOther.value(INTS), kernel);
    ints("DoubleBeforeOtherWidth", beforeOther.width(), kernel);
    String withPosition = kernel + WithPositionKernel.SUFFIX;
    ints("DoubleSortBos", before.or(key(indices()).eq(query(0))).value(INTS), withPosition);
    ints("DoublesBelowOrAtToken",
        key(EDGES).lt(query(EDGES)).or(key(indices()).eq(query(INTS))).width(), withPosition);
  }

  @Test
  void aPositionOrTheKeysOfAnotherKernel() {
    String groups = "1.1 " + ValueGroupsKernel.NAME + WithPositionKernel.SUFFIX;
    chars("HistBos", Library.widthWithBos(key(CHARS).eq(query(CHARS))), groups);
    ints("IntHistBos", Library.widthWithBos(key(INTS).eq(query(INTS))), groups);
    Selector earlierCopy = key(INTS).eq(query(INTS)).and(key(indices()).lt(query(indices())));
    ints("EarlierOrFirst", earlierCopy.or(key(indices()).eq(query(0))).value(INTS), groups);
    ints("FirstOrEarlier", key(indices()).eq(query(0)).or(earlierCopy).mean(INTS), groups);
    ints("GroupOrSelfAtZero", key(INTS.mod(3)).eq(query(INTS.mod(3)))
        .or(key(indices()).eq(query(0)).and(key(indices()).eq(query(indices())))).value(INTS),
        groups);
    chars("CharsOrSecond", key(CHARS).eq(query(CHARS)).or(key(indices()).eq(query(2)))
        .value(CHARS, '_'), groups);
    Selector before = key(INTS).lt(query(INTS))
        .or(key(INTS).eq(query(INTS)).and(key(indices()).lt(query(indices()))));
    ints("SortBos", before.or(key(indices()).eq(query(0))).value(INTS),
        "1.1 " + ValueOrderKernel.NAME + WithPositionKernel.SUFFIX);
    ints("SmallerOrAtToken", key(INTS).lt(query(INTS)).or(key(indices()).eq(query(INTS)))
        .width(), "1.1 " + ValueOrderKernel.NAME + WithPositionKernel.SUFFIX);
  }

  @Test
  void whatNoKernelReproducesStaysTheGeneralLoop() {
    String general = "1.1 " + GeneralKernel.NAME;
    // A double sum over a suffix would add in another order than the interpreter's.
    ints("DoubleSuffix", key(indices()).ge(query(indices())).value(DOUBLES),
        "1.1 " + GeneralKernel.NAME);
    // A double sum in value order, likewise.
    ints("DoubleByValue", key(INTS).lt(query(INTS)).value(DOUBLES), "1.1 " + GeneralKernel.NAME);
    ints("DoubleKeysDoubleSum", key(EDGES).ge(query(EDGES)).value(DOUBLES), general);
    // An or of value comparisons has no kernel.
    ints("ValueOr", key(INTS).eq(query(INTS)).or(key(INTS).lt(query(INTS))).value(INTS), general);
  }

  @Test
  void aggregatesSharingASelectorShareItsStructure() {
    Selector same = key(INTS).eq(query(INTS));
    Sop<Integer> program = same.value(INTS).plus(same.mean(INTS).round())
        .plus(same.value(indices()));
    CompiledEvaluator evaluator = ints("Shared", program, "1.1 " + ValueGroupsKernel.NAME);
    assertThat(Arrays.asList((String[]) evaluator.call("kernels")))
        .containsExactly("1.1 " + ValueGroupsKernel.NAME);
    // One grouping for the three aggregates.
    assertThat(evaluator.source().split("Grouping\\.of\\(", -1)).hasLength(2);
  }

  @Test
  void kernelsWorkInsideSplitMethods() {
    Sop<Integer> program = key(INTS).eq(query(INTS)).value(INTS)
        .plus(key(indices()).le(query(indices())).value(INTS))
        .plus(key(INTS).lt(query(INTS)).width());
    CompiledEvaluator evaluator =
        CompiledEvaluator.of(Layout.SPLIT_EVERYTHING, "SplitKernels", program.node());
    assertThat(evaluator.source()).contains("intsStep0(");
    assertThat(Arrays.stream((String[]) evaluator.call("kernels"))
            .map(entry -> entry.substring(entry.indexOf(' ') + 1)).toList())
        .containsExactly(ValueGroupsKernel.NAME, PositionOrderKernel.NAME, ValueOrderKernel.NAME);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < INPUTS; i++) {
      int[] input = randomInts(random, randomLength(random, i));
      Differential.agree(evaluator, program.node(), input);
    }
  }

  @Test
  void theKernelsListIsSmallAndFresh() {
    CompiledEvaluator evaluator = CompiledEvaluator.of("Fresh", selectAll().width().node());
    String[] first = (String[]) evaluator.call("kernels");
    first[0] = "changed";
    assertThat(List.of((String[]) evaluator.call("kernels")))
        .containsExactly("1.1 " + QueryIndependentKernel.NAME);
  }
}
