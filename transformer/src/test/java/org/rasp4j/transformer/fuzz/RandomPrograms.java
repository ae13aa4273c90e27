package org.rasp4j.transformer.fuzz;

import static org.rasp4j.ir.ElementType.BOOL;
import static org.rasp4j.ir.ElementType.CHAR;
import static org.rasp4j.ir.ElementType.DOUBLE;
import static org.rasp4j.ir.ElementType.INT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.rasp4j.Fn1;
import org.rasp4j.Key;
import org.rasp4j.Library;
import org.rasp4j.Query;
import org.rasp4j.Rasp;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.Domain;

/**
 * A seeded generator of well-typed random RASP programs for the transformer compiler: one to
 * twelve operations (plus the conversions an operand of a missing type needs) over the tokens
 * (chars over "abc", or ints over {0, 1, 2, -1}) and the indices. The operations reach what the
 * compiler must get exactly right: int arithmetic with division by values that may be zero and
 * occasional overflow, comparisons and boolean logic, where, the conversions, a few fixed maps;
 * builtin and lambda selectors and their and / or / not; sums of ints, of booleans and chars (an
 * error when more than one key is selected), means, widths, explicit defaults; heads that read
 * earlier heads (operands are drawn mostly from the latest statements); and causal programs.
 */
final class RandomPrograms {
  /** Every program is checked on all inputs up to this length. */
  static final int MAX_SEQ_LEN = 4;

  private static final String[] COMPARISONS = {"eq", "ne", "lt", "le", "gt", "ge"};

  private final Random random;
  private final boolean chars;
  private final List<Term> terms = new ArrayList<>();
  private int sops;
  private int selectors;

  private RandomPrograms(long seed) {
    this.random = new Random(seed);
    this.chars = random.nextBoolean();
  }

  /** {@return the program of this seed: the same seed, the same program} */
  static RandomProgram generate(long seed) {
    RandomPrograms generator = new RandomPrograms(seed);
    return generator.program(seed);
  }

  private RandomProgram program(long seed) {
    Domain domain = chars
        ? Domain.ofChars("abc", MAX_SEQ_LEN) : Domain.ofInts(MAX_SEQ_LEN, 0, 1, 2, -1);
    sop(chars ? CHAR : INT, chars ? Rasp.tokens(Rasp.CHAR) : Rasp.tokens(Rasp.INT),
        chars ? "tokens(CHAR)" : "tokens(INT)");
    sop(INT, Rasp.indices(), "indices()");
    int operations = 1 + random.nextInt(12);
    Term last = null;
    for (int i = 0; i < operations; i++) {
      last = step();
    }
    boolean causal = random.nextInt(5) == 0;
    return new RandomProgram(seed, domain, terms, last, causal);
  }

  // ---- statements ----

  private Term sop(ElementType type, Sop<?> sop, String text, Term... reads) {
    return add(type, sop, null, text, reads);
  }

  private Term selector(Selector selector, String text, Term... reads) {
    return add(null, null, selector, text, reads);
  }

  private Term add(ElementType type, Sop<?> sop, Selector selector, String text, Term... reads) {
    BitSet uses = new BitSet();
    uses.set(terms.size());
    for (Term read : reads) {
      uses.or(read.uses());
    }
    String name = sop != null ? "v" + sops++ : "s" + selectors++;
    Term term = new Term(terms.size(), name, type, sop, selector, text, uses);
    terms.add(term);
    return term;
  }

  @SuppressWarnings("unchecked")
  private static <T> Sop<T> as(Term term) {
    return (Sop<T>) term.sop();
  }

  /** An operand of a type: mostly the latest such SOp (so heads read heads), made if none. */
  private Term pick(ElementType type) {
    List<Term> ofType = new ArrayList<>();
    for (Term term : terms) {
      if (term.sop() != null && term.type() == type) {
        ofType.add(term);
      }
    }
    if (ofType.isEmpty()) {
      return elementwise(type);
    }
    return random.nextBoolean()
        ? ofType.get(ofType.size() - 1) : ofType.get(random.nextInt(ofType.size()));
  }

  private <T> T oneOf(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private Term step() {
    int kind = random.nextInt(100);
    if (kind < 42) {
      return elementwise(oneOf(List.of(INT, INT, INT, BOOL, BOOL, BOOL, CHAR, DOUBLE, DOUBLE)));
    } else if (kind < 85) {
      return aggregate();
    } else if (kind < 95) {
      Term selector = selector(0);
      return sop(INT, selector.selector().width(), selector.name() + ".width()", selector);
    } else if (chars && random.nextBoolean()) {
      char c = oneOf(List.of('a', 'c', 'z'));
      return sop(CHAR, Rasp.constant(c), "constant('" + c + "')");
    } else {
      int c = oneOf(List.of(0, 1, 2, -3));
      return sop(INT, Rasp.constant(c), "constant(" + c + ")");
    }
  }

  // ---- elementwise ----

  private Term elementwise(ElementType type) {
    return switch (type) {
      case INT -> intOp();
      case BOOL -> boolOp();
      case CHAR -> charOp();
      case DOUBLE -> doubleOp();
      default -> throw new IllegalArgumentException(type.toString());
    };
  }

  private int smallInt() {
    return oneOf(List.of(-1, 0, 1, 2, 3));
  }

  private Term intOp() {
    Term a = pick(INT);
    Sop<Integer> x = as(a);
    switch (random.nextInt(9)) {
      case 0, 1 -> {
        String op = oneOf(List.of("plus", "minus", "times"));
        if (random.nextBoolean()) {
          Term b = pick(INT);
          Sop<Integer> y = as(b);
          Sop<Integer> r = op.equals("plus") ? x.plus(y) : op.equals("minus") ? x.minus(y) : x.times(y);
          return sop(INT, r, a.name() + "." + op + "(" + b.name() + ")", a, b);
        }
        int c = smallInt();
        Sop<Integer> r = op.equals("plus") ? x.plus(c) : op.equals("minus") ? x.minus(c) : x.times(c);
        return sop(INT, r, a.name() + "." + op + "(" + c + ")", a);
      }
      case 2 -> {
        boolean div = random.nextBoolean();
        String op = div ? "div" : "mod";
        if (random.nextBoolean()) {
          Term b = pick(INT);
          Sop<Integer> y = as(b);
          return sop(INT, div ? x.div(y) : x.mod(y), a.name() + "." + op + "(" + b.name() + ")",
              a, b);
        }
        int c = oneOf(List.of(2, -1, 0, 3));
        return sop(INT, div ? x.div(c) : x.mod(c), a.name() + "." + op + "(" + c + ")", a);
      }
      case 3 -> {
        return sop(INT, x.negate(), a.name() + ".negate()", a);
      }
      case 4 -> {
        Term b = pick(BOOL);
        return sop(INT, RandomPrograms.<Boolean>as(b).toInt(), b.name() + ".toInt()", b);
      }
      case 5 -> {
        Term condition = pick(BOOL);
        if (random.nextBoolean()) {
          Term otherwise = pick(INT);
          return sop(INT, Rasp.where(as(condition), x, RandomPrograms.<Integer>as(otherwise)),
              "where(" + condition.name() + ", " + a.name() + ", " + otherwise.name() + ")",
              condition, a, otherwise);
        }
        int c = smallInt();
        return sop(INT, Rasp.where(as(condition), x, c),
            "where(" + condition.name() + ", " + a.name() + ", " + c + ")", condition, a);
      }
      case 6 -> {
        int source = random.nextInt(3);
        if (source == 0) {
          Functions.Named<Fn1<Integer, Integer>> f = oneOf(Functions.INT_TO_INT);
          return sop(INT, x.map(Rasp.INT, f.function()),
              a.name() + ".map(INT, " + f.text() + ")", a);
        }
        if (source == 1) {
          Term c = pick(CHAR);
          Functions.Named<Fn1<Character, Integer>> f = oneOf(Functions.CHAR_TO_INT);
          return sop(INT, RandomPrograms.<Character>as(c).map(Rasp.INT, f.function()),
              c.name() + ".map(INT, " + f.text() + ")", c);
        }
        Term b = pick(BOOL);
        Functions.Named<Fn1<Boolean, Integer>> f = oneOf(Functions.BOOL_TO_INT);
        return sop(INT, RandomPrograms.<Boolean>as(b).map(Rasp.INT, f.function()),
            b.name() + ".map(INT, " + f.text() + ")", b);
      }
      case 7 -> {
        // the rare overflow: the interpreter's checked arithmetic raises an error
        int big = oneOf(List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 30));
        boolean plus = random.nextBoolean();
        String shown = big == Integer.MAX_VALUE ? "Integer.MAX_VALUE"
            : big == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : "1 << 30";
        return sop(INT, plus ? x.plus(big) : x.times(big),
            a.name() + "." + (plus ? "plus" : "times") + "(" + shown + ")", a);
      }
      default -> {
        Term d = pick(DOUBLE);
        return sop(INT, RandomPrograms.<Double>as(d).round(), d.name() + ".round()", d);
      }
    }
  }

  private Term boolOp() {
    switch (random.nextInt(7)) {
      case 0, 1, 2 -> {
        ElementType type = oneOf(chars ? List.of(INT, CHAR, CHAR, DOUBLE) : List.of(INT, INT, DOUBLE));
        String op = COMPARISONS[random.nextInt(COMPARISONS.length)];
        Term a = pick(type);
        if (random.nextBoolean()) {
          Term b = pick(type);
          return sop(BOOL, compare(op, as(a), as(b)), a.name() + "." + op + "(" + b.name() + ")",
              a, b);
        }
        Object c = constant(type);
        return sop(BOOL, compareConstant(op, as(a), c),
            a.name() + "." + op + "(" + literal(c) + ")", a);
      }
      case 3 -> {
        Term a = pick(BOOL);
        Term b = pick(BOOL);
        boolean and = random.nextBoolean();
        Sop<Boolean> x = as(a);
        return sop(BOOL, and ? x.and(as(b)) : x.or(as(b)),
            a.name() + "." + (and ? "and" : "or") + "(" + b.name() + ")", a, b);
      }
      case 4 -> {
        Term a = pick(BOOL);
        return sop(BOOL, RandomPrograms.<Boolean>as(a).not(), a.name() + ".not()", a);
      }
      case 5 -> {
        Term a = pick(BOOL);
        Term b = pick(BOOL);
        return sop(BOOL, RandomPrograms.<Boolean>as(a).eq(as(b)), a.name() + ".eq(" + b.name() + ")", a, b);
      }
      default -> {
        if (chars || random.nextBoolean()) {
          Term c = pick(chars ? CHAR : INT);
          if (c.type() == CHAR) {
            Functions.Named<Fn1<Character, Boolean>> f = oneOf(Functions.CHAR_TO_BOOL);
            return sop(BOOL, RandomPrograms.<Character>as(c).map(Rasp.BOOL, f.function()),
                c.name() + ".map(BOOL, " + f.text() + ")", c);
          }
        }
        Term x = pick(INT);
        Functions.Named<Fn1<Integer, Boolean>> f = oneOf(Functions.INT_TO_BOOL);
        return sop(BOOL, RandomPrograms.<Integer>as(x).map(Rasp.BOOL, f.function()),
            x.name() + ".map(BOOL, " + f.text() + ")", x);
      }
    }
  }

  private Term charOp() {
    boolean haveChars = terms.stream().anyMatch(t -> t.type() == CHAR);
    int kind = haveChars ? random.nextInt(4) : 1;
    switch (kind) {
      case 0 -> {
        Term condition = pick(BOOL);
        Term a = pick(CHAR);
        if (random.nextBoolean()) {
          Term b = pick(CHAR);
          return sop(CHAR, Rasp.where(as(condition), RandomPrograms.<Character>as(a), RandomPrograms.<Character>as(b)),
              "where(" + condition.name() + ", " + a.name() + ", " + b.name() + ")",
              condition, a, b);
        }
        return sop(CHAR, Rasp.where(as(condition), RandomPrograms.<Character>as(a), 'z'),
            "where(" + condition.name() + ", " + a.name() + ", 'z')", condition, a);
      }
      case 1 -> {
        Term x = pick(INT);
        Functions.Named<Fn1<Integer, Character>> f = oneOf(Functions.INT_TO_CHAR);
        return sop(CHAR, RandomPrograms.<Integer>as(x).map(Rasp.CHAR, f.function()),
            x.name() + ".map(CHAR, " + f.text() + ")", x);
      }
      case 2 -> {
        Term c = pick(CHAR);
        Functions.Named<Fn1<Character, Character>> f = oneOf(Functions.CHAR_TO_CHAR);
        return sop(CHAR, RandomPrograms.<Character>as(c).map(Rasp.CHAR, f.function()),
            c.name() + ".map(CHAR, " + f.text() + ")", c);
      }
      default -> {
        Term condition = pick(BOOL);
        return sop(CHAR, Rasp.where(RandomPrograms.<Boolean>as(condition), 'x', 'y'),
            "where(" + condition.name() + ", 'x', 'y')", condition);
      }
    }
  }

  private Term doubleOp() {
    boolean haveDoubles = terms.stream().anyMatch(t -> t.type() == DOUBLE);
    int kind = haveDoubles ? random.nextInt(6) : 0;
    switch (kind) {
      case 0 -> {
        Term x = pick(INT);
        return sop(DOUBLE, RandomPrograms.<Integer>as(x).toDouble(), x.name() + ".toDouble()", x);
      }
      case 1, 2 -> {
        Term a = pick(DOUBLE);
        Sop<Double> x = as(a);
        String op = oneOf(List.of("plus", "minus", "times"));
        if (random.nextBoolean()) {
          Term b = pick(DOUBLE);
          Sop<Double> y = as(b);
          Sop<Double> r = op.equals("plus") ? x.plus(y) : op.equals("minus") ? x.minus(y) : x.times(y);
          return sop(DOUBLE, r, a.name() + "." + op + "(" + b.name() + ")", a, b);
        }
        double c = oneOf(List.of(0.5, 0.25, -1.5, 3.0, 0.1));
        Sop<Double> r = op.equals("plus") ? x.plus(c) : op.equals("minus") ? x.minus(c) : x.times(c);
        return sop(DOUBLE, r, a.name() + "." + op + "(" + c + ")", a);
      }
      case 3 -> {
        Term a = pick(DOUBLE);
        Functions.Named<Fn1<Double, Double>> f = oneOf(Functions.DOUBLE_TO_DOUBLE);
        return sop(DOUBLE, RandomPrograms.<Double>as(a).map(Rasp.DOUBLE, f.function()),
            a.name() + ".map(DOUBLE, " + f.text() + ")", a);
      }
      case 4 -> {
        Term a = pick(DOUBLE);
        double c = oneOf(List.of(2.0, 0.0, -4.0));
        return sop(DOUBLE, RandomPrograms.<Double>as(a).div(c), a.name() + ".div(" + c + ")", a);
      }
      default -> {
        Term condition = pick(BOOL);
        Term a = pick(DOUBLE);
        return sop(DOUBLE, Rasp.where(as(condition), RandomPrograms.<Double>as(a), 0.5),
            "where(" + condition.name() + ", " + a.name() + ", 0.5)", condition, a);
      }
    }
  }

  private static Sop<Boolean> compare(String op, Sop<Object> a, Sop<Object> b) {
    return switch (op) {
      case "eq" -> a.eq(b);
      case "ne" -> a.ne(b);
      case "lt" -> a.lt(b);
      case "le" -> a.le(b);
      case "gt" -> a.gt(b);
      default -> a.ge(b);
    };
  }

  private static Sop<Boolean> compareConstant(String op, Sop<Object> a, Object c) {
    return switch (op) {
      case "eq" -> a.eq(c);
      case "ne" -> a.ne(c);
      case "lt" -> a.lt(c);
      case "le" -> a.le(c);
      case "gt" -> a.gt(c);
      default -> a.ge(c);
    };
  }

  private Object constant(ElementType type) {
    return switch (type) {
      case INT -> smallInt();
      case CHAR -> oneOf(List.of('a', 'b', 'c'));
      case DOUBLE -> oneOf(List.of(0.5, 1.0, 0.25, 2.0));
      case BOOL -> random.nextBoolean();
      default -> throw new IllegalArgumentException(type.toString());
    };
  }

  private static String literal(Object value) {
    return value instanceof Character c ? "'" + c + "'" : String.valueOf(value);
  }

  // ---- attention ----

  private Term aggregate() {
    Term s = selector(0);
    Selector selector = s.selector();
    String on = s.name();
    boolean withDefault = random.nextInt(3) == 0;
    switch (random.nextInt(11)) {
      case 0, 1, 2, 3 -> {
        Term v = pick(INT);
        if (withDefault) {
          int d = oneOf(List.of(-1, 7));
          return sop(INT, selector.value(RandomPrograms.<Integer>as(v), d),
              on + ".value(" + v.name() + ", " + d + ")", s, v);
        }
        return sop(INT, selector.value(RandomPrograms.<Integer>as(v)), on + ".value(" + v.name() + ")", s, v);
      }
      case 4 -> {
        Term v = pick(BOOL);
        if (withDefault) {
          return sop(BOOL, selector.value(RandomPrograms.<Boolean>as(v), true),
              on + ".value(" + v.name() + ", true)", s, v);
        }
        return sop(BOOL, selector.value(RandomPrograms.<Boolean>as(v)), on + ".value(" + v.name() + ")", s, v);
      }
      case 5 -> {
        Term v = pick(CHAR);
        if (withDefault) {
          return sop(CHAR, selector.value(RandomPrograms.<Character>as(v), '_'),
              on + ".value(" + v.name() + ", '_')", s, v);
        }
        return sop(CHAR, selector.value(RandomPrograms.<Character>as(v)),
            on + ".value(" + v.name() + ")", s, v);
      }
      case 6, 7 -> {
        Term v = pick(random.nextInt(3) == 0 ? DOUBLE : INT);
        if (withDefault) {
          return sop(DOUBLE, selector.mean(as(v), -1.0),
              on + ".mean(" + v.name() + ", -1.0)", s, v);
        }
        return sop(DOUBLE, selector.mean(as(v)), on + ".mean(" + v.name() + ")", s, v);
      }
      case 8 -> {
        // double sums: exact for halves and quarters, refused for the rest
        Term v = pick(DOUBLE);
        return sop(DOUBLE, selector.value(RandomPrograms.<Double>as(v)), on + ".value(" + v.name() + ")", s, v);
      }
      case 9 -> {
        return sop(INT, selector.value(1), on + ".value(1)", s);
      }
      default -> {
        return sop(INT, selector.width(), on + ".width()", s);
      }
    }
  }

  private Term selector(int depth) {
    List<Term> known = terms.stream().filter(t -> t.selector() != null).toList();
    if (!known.isEmpty() && random.nextInt(4) == 0) {
      return oneOf(known);
    }
    int kind = random.nextInt(depth < 2 ? 12 : 8);
    switch (kind) {
      case 0, 1, 2, 3, 4 -> {
        return comparisonSelector();
      }
      case 5 -> {
        return lambdaSelector();
      }
      case 6 -> {
        int which = random.nextInt(3);
        Selector library = which == 0 ? Library.selectAll()
            : which == 1 ? Library.before() : Library.upToSelf();
        String text = which == 0 ? "Library.selectAll()"
            : which == 1 ? "Library.before()" : "Library.upToSelf()";
        return selector(library, text);
      }
      case 7 -> {
        return comparisonSelector();
      }
      case 8, 9 -> {
        Term a = selector(depth + 1);
        Term b = selector(depth + 1);
        boolean and = kind == 8;
        Selector s = and ? a.selector().and(b.selector()) : a.selector().or(b.selector());
        return selector(s, a.name() + "." + (and ? "and" : "or") + "(" + b.name() + ")", a, b);
      }
      default -> {
        Term a = selector(depth + 1);
        return selector(a.selector().not(), a.name() + ".not()", a);
      }
    }
  }

  private Term comparisonSelector() {
    ElementType type = oneOf(chars
        ? List.of(INT, INT, CHAR, CHAR, BOOL, DOUBLE) : List.of(INT, INT, INT, BOOL, DOUBLE));
    String op = type == BOOL ? oneOf(List.of("eq", "ne")) : COMPARISONS[random.nextInt(6)];
    int constantSide = random.nextInt(8); // 0: a constant key, 1: a constant query
    List<Term> reads = new ArrayList<>();
    Key<Object> key;
    String keyText;
    if (constantSide == 0) {
      Object c = constant(type);
      key = Rasp.key(c);
      keyText = "key(" + literal(c) + ")";
    } else {
      Term k = pick(type);
      reads.add(k);
      key = Rasp.key(as(k));
      keyText = "key(" + k.name() + ")";
    }
    Query<Object> query;
    String queryText;
    if (constantSide == 1) {
      Object c = constant(type);
      query = Rasp.query(c);
      queryText = "query(" + literal(c) + ")";
    } else {
      Term q = pick(type);
      reads.add(q);
      query = Rasp.query(as(q));
      queryText = "query(" + q.name() + ")";
    }
    Selector s = switch (op) {
      case "eq" -> key.eq(query);
      case "ne" -> key.ne(query);
      case "lt" -> key.lt(query);
      case "le" -> key.le(query);
      case "gt" -> key.gt(query);
      default -> key.ge(query);
    };
    return selector(s, keyText + "." + op + "(" + queryText + ")", reads.toArray(Term[]::new));
  }

  private Term lambdaSelector() {
    if (random.nextBoolean()) {
      Term k = pick(INT);
      Term q = pick(INT);
      Functions.Named<org.rasp4j.Predicate2<Integer, Integer>> p = oneOf(Functions.INT_PREDICATE);
      return selector(Rasp.select(RandomPrograms.<Integer>as(k), RandomPrograms.<Integer>as(q), p.function()),
          "select(" + k.name() + ", " + q.name() + ", " + p.text() + ")", k, q);
    }
    Term k = pick(oneOf(chars ? List.of(CHAR, INT, BOOL) : List.of(INT, BOOL)));
    Term q = pick(oneOf(chars ? List.of(CHAR, INT) : List.of(INT, DOUBLE)));
    Functions.Named<org.rasp4j.Predicate2<Object, Object>> p = oneOf(Functions.ANY_PREDICATE);
    return selector(Rasp.select(as(k), as(q), p.function()),
        "select(" + k.name() + ", " + q.name() + ", " + p.text() + ")", k, q);
  }
}
