package org.rasp4j;

import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SopNode;

/**
 * The key side of a selector: {@code key(k).lt(query(q))} lets query position i see key position
 * j when {@code k[j] < q[i]}.
 */
public final class Key<T> {
  private final SopNode node;

  Key(SopNode node) {
    this.node = node;
  }

  public Selector eq(Query<T> query) {
    return select(Builtin.EQ, query);
  }

  public Selector ne(Query<T> query) {
    return select(Builtin.NE, query);
  }

  public Selector lt(Query<T> query) {
    return select(Builtin.LT, query);
  }

  public Selector le(Query<T> query) {
    return select(Builtin.LE, query);
  }

  public Selector gt(Query<T> query) {
    return select(Builtin.GT, query);
  }

  public Selector ge(Query<T> query) {
    return select(Builtin.GE, query);
  }

  private Selector select(Builtin comparison, Query<T> query) {
    return new Selector(new Select(node, query.node(), comparison));
  }
}
