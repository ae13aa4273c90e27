package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;

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
}
