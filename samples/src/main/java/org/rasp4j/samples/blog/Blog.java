package org.rasp4j.samples.blog;

import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.where;

import org.rasp4j.Library;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;

/**
 * The programs of the blog ("Thinking Like Transformers", RASPy sum semantics), written line
 * for line like its Python.
 *
 * <p>Where the blog's Python default argument is {@code seq=tokens}, the Java helper takes the
 * sequence as its last parameter; the CLI entry points pass the tokens. {@link Library} calls are
 * written qualified because several entry points here share their names ({@code length}, {@code
 * cumsum}, {@code minimum}). Shifts, {@code first}, {@code ralign}, {@code split} and {@code slide}
 * take characters only: their fills ({@code '_'}, {@code '0'}, {@code '-'}) are characters.
 */
public final class Blog {
  private Blog() {}

  /** Printable ASCII: what the blog's text programs accept. */
  static final String TEXT =
      " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

  /** The window of the blog's {@code sum2} example. */
  static final int WINDOW = 3;

  // ---- attention ----

  /** The tokens in reverse order: {@code (key(length - indices - 1) == query(indices))}. */
  @RaspProgram(name = "Flip", maxLayers = 2)
  public static <T> Sop<T> flip(Sop<T> tokens) {
    Sop<Integer> length = Library.length();
    Sop<T> flip = key(length.minus(indices()).minus(1)).eq(query(indices())).value(tokens);
    return flip.named("flip");
  }

  /** The input's length at every position: select all, sum 1s. */
  @RaspProgram(name = "Length", maxLayers = 1)
  public static <T> Sop<Integer> length(Sop<T> tokens) {
    return Library.length();
  }

  /** How often each position's token occurs: {@code (key(tokens) == query(tokens)).value(1)}. */
  @RaspProgram(name = "Histogram", maxLayers = 1)
  public static <T> Sop<Integer> histogram(Sop<T> tokens) {
    return key(tokens).eq(query(tokens)).value(1).named("histogram");
  }

  /** The blog's {@code sum2}: the sum of the last {@code WINDOW} tokens up to each position. */
  @RaspProgram(name = "WindowSum", maxLayers = 1)
  public static Sop<Integer> windowSum(Sop<Integer> tokens) {
    Selector s1 = key(indices()).ge(query(indices().minus(WINDOW).plus(1)));
    Selector s2 = key(indices()).le(query(indices()));
    Selector sel = s1.and(s2);
    return sel.value(tokens).named("sum2");
  }

  /** Running sum of the tokens. */
  @RaspProgram(name = "Cumsum", maxLayers = 1)
  public static Sop<Integer> cumsum(Sop<Integer> tokens) {
    return Library.cumsum(tokens);
  }

  /** The blog's two-layer example {@code cumsum(length - indices)}: length first, then the sums. */
  @RaspProgram(name = "CumsumLengthMinusIndices", maxLayers = 2)
  public static <T> Sop<Integer> cumsumLengthMinusIndices(Sop<T> tokens) {
    return Library.cumsum(Library.length().minus(indices()));
  }

  // ---- challenge 1: select a given index ----

  /** {@code index(0)}: the first token everywhere. */
  @RaspProgram(name = "Index0", maxLayers = 1)
  public static <T> Sop<T> index0(Sop<T> tokens) {
    return Library.index(0, tokens);
  }

  /** {@code index(1)}: the second token everywhere. */
  @RaspProgram(name = "Index1", maxLayers = 1)
  public static <T> Sop<T> index1(Sop<T> tokens) {
    return Library.index(1, tokens);
  }

  /** {@code index(4)}: the fifth token everywhere (the type's zero on shorter inputs). */
  @RaspProgram(name = "Index4", maxLayers = 1)
  public static <T> Sop<T> index4(Sop<T> tokens) {
    return Library.index(4, tokens);
  }

  // ---- challenge 2: shift ----

  /** {@code shift(0)}: the tokens unchanged, through one head. */
  @RaspProgram(name = "Shift0", maxLayers = 1, vocabulary = TEXT)
  public static Sop<Character> shift0(Sop<Character> tokens) {
    return Library.shift(0, '_', tokens);
  }

  /** {@code shift(1)}: the tokens one position right, {@code '_'} first. */
  @RaspProgram(name = "Shift1", maxLayers = 1, vocabulary = TEXT)
  public static Sop<Character> shift1(Sop<Character> tokens) {
    return Library.shift(1, '_', tokens);
  }

  /** {@code shift(2)}: the tokens two positions right, {@code '_'} first. */
  @RaspProgram(name = "Shift2", maxLayers = 1, vocabulary = TEXT)
  public static Sop<Character> shift2(Sop<Character> tokens) {
    return Library.shift(2, '_', tokens);
  }

  /** {@code shift(-1, '0')}: the tokens one position left, {@code '0'} last (used by add). */
  @RaspProgram(name = "ShiftLeft", maxLayers = 1, vocabulary = TEXT)
  public static Sop<Character> shiftLeft(Sop<Character> tokens) {
    return Library.shift(-1, '0', tokens);
  }

  // ---- challenge 3: minimum ----

  /** The smallest token everywhere (two layers). */
  @RaspProgram(name = "Minimum", maxLayers = 2)
  public static <T> Sop<T> minimum(Sop<T> tokens) {
    return Library.minimum(tokens);
  }

  // ---- challenge 4: first index ----

  /** The first index of {@code q} in {@code seq}, everywhere; 99 (the blog's sentinel) if none. */
  public static <T> Sop<Integer> first(T q, Sop<T> seq) {
    return Library.minimum(where(seq.eq(q), indices(), 99));
  }

  /** {@code first('l')}. */
  @RaspProgram(name = "FirstL", maxLayers = 2, vocabulary = TEXT)
  public static Sop<Integer> firstL(Sop<Character> tokens) {
    return first('l', tokens);
  }

  // ---- challenge 5: right align ----

  /** Moves the {@code '_'} padding from the end to the front, shown as {@code fill}. */
  public static Sop<Character> ralign(char fill, Sop<Character> sop) {
    Sop<Integer> c = key(sop).eq(query('_')).value(1);
    Sop<Character> x = key(indices().plus(c)).eq(query(indices())).value(sop, fill);
    return x.named("ralign");
  }

  /** {@code ralign()}: right-aligns a {@code '_'}-padded text, padding with {@code '-'}. */
  @RaspProgram(name = "Ralign", maxLayers = 2, vocabulary = TEXT)
  public static Sop<Character> ralign(Sop<Character> tokens) {
    return ralign('-', tokens);
  }

  // ---- challenge 6: split ----

  /**
   * Part {@code i} of {@code sop} around the token {@code v}, right-aligned and padded with {@code
   * '0'}: part 0 is what comes before {@code v} (three layers), part 1 what comes after (one).
   */
  public static Sop<Character> split(char v, int i, Sop<Character> sop) {
    Sop<Integer> mid = key(sop).eq(query(v)).value(indices());
    if (i == 0) {
      Sop<Character> x = ralign('0', where(indices().lt(mid), sop, '_'));
      return x;
    } else {
      Sop<Character> x = where(indices().gt(mid), sop, '0');
      return x;
    }
  }

  /** {@code split('+', 0)}: what comes before the {@code '+'}, right-aligned. */
  @RaspProgram(name = "SplitFirst", maxLayers = 3, vocabulary = TEXT)
  public static Sop<Character> splitFirst(Sop<Character> tokens) {
    return split('+', 0, tokens);
  }

  /** {@code split('+', 1)}: what comes after the {@code '+'}. */
  @RaspProgram(name = "SplitSecond", maxLayers = 1, vocabulary = TEXT)
  public static Sop<Character> splitSecond(Sop<Character> tokens) {
    return split('+', 1, tokens);
  }

  // ---- challenge 7: slide ----

  /**
   * Where {@code match} fails, the value of {@code seq} at the nearest matching position to the
   * right. The blog sums the booleans of {@code match} directly (RASPy counts True as 1); rasp4j
   * says so with {@code toInt()}.
   */
  public static <T> Sop<T> slide(Sop<Boolean> match, Sop<T> seq) {
    Sop<Integer> x = Library.cumsum(match.toInt());
    Sop<T> y = key(x).eq(query(x.plus(1))).and(key(match).eq(query(true))).value(seq);
    seq = where(match, seq, y);
    return seq.named("slide");
  }

  /** {@code slide(tokens != '<')}: each {@code '<'} takes the next other token to its right. */
  @RaspProgram(name = "Slide", maxLayers = 2, vocabulary = TEXT)
  public static Sop<Character> slide(Sop<Character> tokens) {
    return slide(tokens.ne('<'), tokens);
  }

  // ---- challenge 8: add ----

  /** Digits as ints: {@code ord(x) - ord('0')}, elementwise. */
  @RaspProgram(name = "Atoi", maxLayers = 0, vocabulary = "0123456789")
  public static Sop<Integer> atoi(Sop<Character> seq) {
    return seq.map(INT, x -> x - '0');
  }

  /**
   * The sum of the two numbers in {@code "683+345"}, as digits right-aligned to the input's
   * length: {@code [0, 0, 0, 1, 0, 2, 8]}. Six layers.
   */
  @RaspProgram(name = "Add", maxLayers = 6, vocabulary = "0123456789+")
  public static Sop<Integer> add(Sop<Character> sop) {
    // 0) Parse and add
    Sop<Integer> x = parseAndAdd(sop);
    // 1) Check for carries
    Sop<Character> carry = checkCarries(x);
    // 2) In parallel, slide carries to their column
    Sop<Integer> carries = slideCarries(carry);
    // 3) Add in carries.
    return x.plus(carries).mod(10).named("add");
  }

  /** Step 0 of add: {@code x = atoi(split("+", 0, sop)) + atoi(split("+", 1, sop))}. */
  static Sop<Integer> parseAndAdd(Sop<Character> sop) {
    return atoi(split('+', 0, sop)).plus(atoi(split('+', 1, sop))).named("x");
  }

  /**
   * Step 1 of add: the carry into each column from the one on its right: '1' carries, '0' does
   * not, '<' carries if the column to its right does.
   */
  static Sop<Character> checkCarries(Sop<Integer> x) {
    return Library.shift(-1, '0', where(x.gt(9), '1', where(x.eq(9), '<', '0'))).named("carry");
  }

  /** Step 2 of add: each '<' takes the carry decided further right. */
  static Sop<Integer> slideCarries(Sop<Character> carry) {
    return atoi(slide(carry.ne('<'), carry)).named("carries");
  }

  /** add's step 0: the column sums {@code x} (three layers). */
  @RaspProgram(name = "AddStep0", maxLayers = 3, vocabulary = "0123456789+")
  public static Sop<Integer> addStep0(Sop<Character> tokens) {
    return parseAndAdd(tokens);
  }

  /** add's step 1: the carry marks {@code carry} (four layers). */
  @RaspProgram(name = "AddStep1", maxLayers = 4, vocabulary = "0123456789+")
  public static Sop<Character> addStep1(Sop<Character> tokens) {
    return checkCarries(parseAndAdd(tokens));
  }

  /** add's step 2: the resolved carries {@code carries} (six layers). */
  @RaspProgram(name = "AddStep2", maxLayers = 6, vocabulary = "0123456789+")
  public static Sop<Integer> addStep2(Sop<Character> tokens) {
    return slideCarries(checkCarries(parseAndAdd(tokens)));
  }
}
