package org.rasp4j.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasp4j.Program;
import org.rasp4j.samples.blog.Blog;
import org.rasp4j.samples.paper.Paper;
import org.rasp4j.samples.tracr.Tracr;

/** Every sample program, by the name the CLI and scripts use (the method name in snake case). */
public final class Catalog {
  private Catalog() {}

  private static final List<Program> ALL = load();

  private static List<Program> load() {
    List<Program> all = new ArrayList<>();
    all.addAll(Program.allIn(Blog.class));
    all.addAll(Program.allIn(Paper.class));
    all.addAll(Program.allIn(Tracr.class));
    all.addAll(Program.allIn(org.rasp4j.samples.causal.Causal.class));
    return List.copyOf(all);
  }

  /**
   * The blog's programs, then the RASP paper's, then tracr's, then the causal ones; each group
   * sorted by name.
   */
  public static List<Program> all() {
    return ALL;
  }

  /** The program with this name. */
  public static Optional<Program> find(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
