package org.rasp4j.picture;

import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Trace;

/**
 * Where pictures start: each method gives a standalone SVG document as a {@code String}.
 *
 * <pre>{@code
 * Pictures.of(flip.trace("hello"))            // a run, layer by layer
 * Pictures.of(Library.before(), "abcd")       // a selector's matrix
 * Pictures.of(tokens(CHAR).eq('l'), "hello") // one SOp's values
 * Pictures.structure(flip)                    // the program without input
 * Pictures.toDot(flip)                        // the same structure as Graphviz DOT
 * }</pre>
 *
 * <p>The runtime computes and does not draw; this class is how its values become pictures. It and
 * {@link Gallery} are the package's API, with {@link Element} for drawing SVG of one's own; the
 * diagrams behind them are package-private.
 * Pictures on an input refuse inputs longer than {@link #MAX_TOKENS} ({@link
 * IllegalArgumentException}). {@link Gallery} puts several on one HTML page.
 */
public final class Pictures {
  /** The most tokens a picture shows: an n×n matrix past that is unreadable megabytes. */
  public static final int MAX_TOKENS = DrawingLimit.MAX_TOKENS;

  private Pictures() {}

  /**
   * A run on one input, drawn as the blog draws it: the input at the top, then each layer, each
   * head as its selector matrix between queries, keys, values and outputs, each layer's MLP results
   * as rows, the output at the bottom. Parts are marked for tools: {@code <g class="layer"
   * data-layer="k">}, {@code <g class="head" data-head="h">}, {@code <rect class="cell selected"
   * data-query="i" data-key="j">}, {@code <g class="value" data-value="..." data-position="i">}.
   *
   * @param trace the run
   * @return the SVG document
   * @throws IllegalArgumentException for a run on an input longer than {@link #MAX_TOKENS}
   */
  public static String of(Trace trace) {
    return TraceDiagram.of(trace);
  }

  /**
   * {@return one SOp's values on a character input, as an SVG document: a row of boxes under the
   * input's}
   *
   * @param sop the SOp
   * @param input the tokens, a char each
   * @throws IllegalArgumentException for an input longer than {@link #MAX_TOKENS}
   * @throws org.rasp4j.RaspException if the input does not suit the program, or the run fails
   */
  public static String of(Sop<?> sop, String input) {
    return SopDiagram.of(sop.node(), Input.of(input));
  }

  /**
   * {@return one SOp's values on an integer input, as an SVG document: a row of boxes under the
   * input's}
   *
   * @param sop the SOp
   * @param input the tokens
   * @throws IllegalArgumentException for an input longer than {@link #MAX_TOKENS}
   * @throws org.rasp4j.RaspException if the input does not suit the program, or the run fails
   */
  public static String of(Sop<?> sop, int... input) {
    return SopDiagram.of(sop.node(), Input.of(input));
  }

  /**
   * {@return a selector's matrix on a character input, as an SVG document: queries down the left,
   * keys along the top}
   *
   * @param selector the selector
   * @param input the tokens, a char each
   * @throws IllegalArgumentException for an input longer than {@link #MAX_TOKENS}
   * @throws org.rasp4j.RaspException if the input does not suit the program, or the run fails
   */
  public static String of(Selector selector, String input) {
    return SelectorDiagram.of(selector.node(), Input.of(input));
  }

  /**
   * {@return a selector's matrix on an integer input, as an SVG document: queries down the left,
   * keys along the top}
   *
   * @param selector the selector
   * @param input the tokens
   * @throws IllegalArgumentException for an input longer than {@link #MAX_TOKENS}
   * @throws org.rasp4j.RaspException if the input does not suit the program, or the run fails
   */
  public static String of(Selector selector, int... input) {
    return SelectorDiagram.of(selector.node(), Input.of(input));
  }

  /**
   * {@return a program's structure without input, as an SVG document: a band per layer, a box per
   * SOp and head with its whole label, constants shown in the boxes that read them, laid out by
   * ELK's layered algorithm} As {@link #structure(Schedule)} draws the program's schedule.
   *
   * @param program the program's output
   */
  public static String structure(Sop<?> program) {
    return structure(program.schedule());
  }

  /**
   * A schedule's structure without input: a band per layer ({@code <g class="band"
   * data-layer="k">}), a box per SOp and head ({@code <g class="node" data-id data-kind>}), arrows
   * from each input to its users, routed around the boxes ({@code <polyline class="edge"
   * data-from data-to points>}).
   *
   * @param schedule the program's schedule
   * @return the SVG document
   */
  public static String structure(Schedule schedule) {
    return StructureDiagram.of(schedule);
  }

  /**
   * {@return a program's structure as Graphviz DOT text} See {@link #toDot(Schedule)}.
   *
   * @param program the program's output
   */
  public static String toDot(Sop<?> program) {
    return toDot(program.schedule());
  }

  /**
   * A schedule's structure as Graphviz DOT text, the boxes and arrows of {@link
   * #structure(Schedule)} for graphviz to lay out: a node per SOp and head ({@code "n3"}, {@code
   * "h1.1"}) labelled as in the picture, an edge from each input to its user, a cluster per layer
   * ({@code cluster_layer_k}) and a {@code rank=same} subgraph per row of a layer. For example
   * {@code dot -Tpng flip.dot -o flip.png}.
   *
   * @param schedule the program's schedule
   * @return the DOT text
   */
  public static String toDot(Schedule schedule) {
    return StructureDot.of(schedule);
  }
}
