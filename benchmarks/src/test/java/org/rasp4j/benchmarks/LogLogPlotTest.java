package org.rasp4j.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plot is well-formed SVG with one panel per program and one line per measured implementation. */
class LogLogPlotTest {
  private static Point at(String program, Implementation implementation, int n, double nanos) {
    return new Point(program, implementation, n, new Outcome.Measured(nanos, 0));
  }

  @Test
  void onePolylinePerImplementationPerProgram() throws Exception {
    Report report =
        new Report(
            List.of(
                at("add", Implementation.GENERATED, 10, 1e3),
                at("add", Implementation.GENERATED, 100, 5e4),
                at("add", Implementation.INTERPRETER, 10, 4e4),
                at("add", Implementation.HAND_WRITTEN, 10, 20),
                at("add", Implementation.HAND_WRITTEN, 100, 150),
                at("sort", Implementation.GENERATED, 10, 900),
                new Point("sort", Implementation.INTERPRETER, 10, new Outcome.Skipped("failed")),
                at("sort", Implementation.HAND_WRITTEN, 10, 30)));
    Document svg = parse(LogLogPlot.svg(report));
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    List<Element> panels = byClass(svg.getElementsByTagName("g"), "panel");
    assertThat(panels).hasSize(2);
    assertThat(classesOfPolylines(panels.get(0)))
        .containsExactly("generated", "interpreter", "handWritten");
    assertThat(classesOfPolylines(panels.get(1))).containsExactly("generated", "handWritten");
    Element generatedAdd = (Element) panels.get(0).getElementsByTagName("polyline").item(0);
    assertThat(generatedAdd.getAttribute("points").split(" ")).hasLength(2);
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> byClass(NodeList nodes, String cssClass) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getAttribute("class").equals(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  private static List<String> classesOfPolylines(Element panel) {
    NodeList lines = panel.getElementsByTagName("polyline");
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < lines.getLength(); i++) {
      classes.add(((Element) lines.item(i)).getAttribute("class"));
    }
    return classes;
  }
}
