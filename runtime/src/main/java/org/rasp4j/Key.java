package org.rasp4j;

import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SopNode;

/**
 * The key side of a selector, made by {@link Rasp#key}: {@code key(k).lt(query(q))} lets query
 * position i see key position j when {@code k[j] < q[i]}. The key is always the left operand of
 * the comparison, the query the right one.
 *
 * @param <T> the type of keys and queries
 */
public final class Key<T> {
  private final SopNode node;

  Key(SopNode node) {
    this.node = node;
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] ==
   * q[i]}} Values compare as {@link Sop#eq(Sop)} compares them: by value, not by reference,
   * doubles as numbers.
   *
   * @param query the queries {@code q}
   */
  public Selector eq(Query<T> query) {
    return select(Builtin.EQ, query);
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] !=
   * q[i]}}
   *
   * @param query the queries {@code q}
   */
  public Selector ne(Query<T> query) {
    return select(Builtin.NE, query);
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] < q[i]}}
   *
   * @param query the queries {@code q}
   * @throws IllegalArgumentException for booleans, which have no order
   */
  public Selector lt(Query<T> query) {
    return select(Builtin.LT, query);
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] <=
   * q[i]}}
   *
   * @param query the queries {@code q}
   * @throws IllegalArgumentException for booleans, which have no order
   */
  public Selector le(Query<T> query) {
    return select(Builtin.LE, query);
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] > q[i]}}
   *
   * @param query the queries {@code q}
   * @throws IllegalArgumentException for booleans, which have no order
   */
  public Selector gt(Query<T> query) {
    return select(Builtin.GT, query);
  }

  /**
   * {@return the selector where query position i selects key position j when {@code k[j] >=
   * q[i]}}
   *
   * @param query the queries {@code q}
   * @throws IllegalArgumentException for booleans, which have no order
   */
  public Selector ge(Query<T> query) {
    return select(Builtin.GE, query);
  }

  private Selector select(Builtin comparison, Query<T> query) {
    return new Selector(new Select(node, query.node(), comparison));
  }
}
