package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.blog.Blog;

/**
 * {@link CompiledProgram#find}: a program's generated class is used only when its class file says
 * the processor generated it for that very program.
 */
class CompiledProgramFindTest {
  private static final String BLOG = "org.rasp4j.samples.blog.Blog";

  @Test
  void everySampleHasItsGeneratedClass() {
    for (Program program : Catalog.all()) {
      assertThat(CompiledProgram.find(program).map(c -> c.evaluator().getSimpleName()))
          .hasValue(program.generatedClassName());
    }
  }

  @Test
  void theMarkerNamesTheProgram() throws ClassNotFoundException {
    Class<?> flip = Class.forName("org.rasp4j.samples.blog.Flip");
    assertThat(GeneratedMarker.holds(flip, BLOG + ".flip")).isTrue();
    // Generated, but for another program; and a hand-written class, generated for nothing.
    assertThat(GeneratedMarker.holds(flip, BLOG + ".length")).isFalse();
    assertThat(GeneratedMarker.holds(Blog.class, BLOG + ".flip")).isFalse();
    assertThat(GeneratedMarker.holds(String.class, BLOG + ".flip")).isFalse();
  }

  @Test
  void theConstantPoolIsReadEntryByEntry() throws IOException {
    // A class file by hand: magic, version 61.0, then 6 entries (slots 1 to 6) of which the Long
    // takes two, then garbage that is not read.
    byte[] file = {
      (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61,
      0, 7, // constant pool count: slots 1..6
      5, 1, 2, 3, 4, 5, 6, 7, 8, // slots 1-2: a Long, eight bytes
      1, 0, 2, 'h', 'i', // slot 3: Utf8 "hi"
      15, 1, 0, 3, // slot 4: a MethodHandle, three bytes
      7, 0, 3, // slot 5: a Class
      1, 0, 0, // slot 6: Utf8 ""
      1, 0, 3, 'n', 'o', 't'
    };
    try (InputStream in = new ByteArrayInputStream(file)) {
      assertThat(GeneratedMarker.constantStrings(new DataInputStream(in)))
          .isEqualTo(Set.of("hi", ""));
    }
  }
}
