package org.rasp4j.transformer.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** The one Jackson mapper the exports share (configured once, then only read: thread-safe). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * {@return a value as compact JSON}
   *
   * @param value strings, numbers, booleans, characters, lists and maps of them
   */
  static String of(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Only plain values reach here; Jackson writes every one of them.
      throw new UncheckedIOException(e);
    }
  }

  /** {@return a value as indented JSON, for files people read} */
  static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
