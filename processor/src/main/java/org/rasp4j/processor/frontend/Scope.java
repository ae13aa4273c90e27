package org.rasp4j.processor.frontend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Values;

/**
 * The local variables of one inlined method call, block by block: each one's value and, as Java
 * needs them, its declared type (an assignment converts to it) and whether it is a constant
 * variable (a {@code final} local with a constant initializer).
 */
final class Scope {
  /** A local: its current value, its declared type if known, and whether it is a constant variable. */
  private record Local(Object value, JavaType declared, boolean constant) {}

  private final Deque<Map<String, Local>> blocks = new ArrayDeque<>();

  Scope() {
    enter();
  }

  void enter() {
    blocks.push(new HashMap<>());
  }

  void exit() {
    blocks.pop();
  }

  /** A local whose type the processor does not track (a Sop, a helper's parameter of a DSL type). */
  void declare(String name, Object value) {
    declare(name, value, null, false);
  }

  /**
   * A local of a declared type (null if unknown, {@code var}): the value is converted to it as Java
   * converts an initializer.
   */
  void declare(String name, Object value, JavaType declared, boolean constant) {
    blocks.peek().put(name, new Local(declared == null ? value : Values.convert(value, declared),
        declared, constant));
  }

  /** Assigns an existing local, converted to its declared type; false if there is none. */
  boolean assign(String name, Object value) {
    for (Map<String, Local> block : blocks) {
      Local local = block.get(name);
      if (local != null) {
        block.put(name, new Local(local.declared() == null ? value
            : Values.convert(value, local.declared()), local.declared(), false));
        return true;
      }
    }
    return false;
  }

  Optional<Object> lookup(String name) {
    return local(name).map(Local::value);
  }

  /** The declared type of a local, if it has one the processor knows. */
  Optional<JavaType> declaredType(String name) {
    return local(name).map(Local::declared);
  }

  /** Whether the local is a constant variable (JLS 4.12.4). */
  boolean isConstant(String name) {
    return local(name).map(Local::constant).orElse(false);
  }

  private Optional<Local> local(String name) {
    for (Map<String, Local> block : blocks) {
      if (block.containsKey(name)) {
        return Optional.of(block.get(name));
      }
    }
    return Optional.empty();
  }
}
