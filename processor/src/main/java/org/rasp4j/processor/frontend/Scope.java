package org.rasp4j.processor.frontend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The local variables of one inlined method call, block by block. */
final class Scope {
  private final Deque<Map<String, Object>> blocks = new ArrayDeque<>();

  Scope() {
    enter();
  }

  void enter() {
    blocks.push(new HashMap<>());
  }

  void exit() {
    blocks.pop();
  }

  void declare(String name, Object value) {
    blocks.peek().put(name, value);
  }

  /** Assigns an existing local; false if there is none of that name. */
  boolean assign(String name, Object value) {
    for (Map<String, Object> block : blocks) {
      if (block.containsKey(name)) {
        block.put(name, value);
        return true;
      }
    }
    return false;
  }

  Optional<Object> lookup(String name) {
    for (Map<String, Object> block : blocks) {
      if (block.containsKey(name)) {
        return Optional.of(block.get(name));
      }
    }
    return Optional.empty();
  }
}
