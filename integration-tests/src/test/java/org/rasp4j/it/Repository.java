package org.rasp4j.it;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The repository's files as the tests read them: the root, its README and its POMs. */
final class Repository {
  private Repository() {}

  /** The repository root: Maven runs the tests in integration-tests/. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    assertWithMessage("a README.md above %s", Path.of("").toAbsolutePath()).that(dir).isNotNull();
    return dir;
  }

  static String readme() throws IOException {
    return Files.readString(root().resolve("README.md"));
  }

  /** A POM as a DOM, without namespaces (so elements are found by their plain names). */
  static Element pom(Path file) throws IOException {
    try {
      Document document =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("cannot parse " + file, e);
    }
  }

  /** The direct children of {@code parent} named {@code name}. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The text of the element at {@code path} (child names), or null where there is none. */
  static String text(Element element, String... path) {
    Element current = element;
    for (String name : path) {
      List<Element> next = children(current, name);
      if (next.isEmpty()) {
        return null;
      }
      current = next.get(0);
    }
    return current.getTextContent().trim();
  }

  /** The root POM's {@code <properties>} value of {@code name}. */
  static String rootProperty(String name) throws IOException {
    String value = text(pom(root().resolve("pom.xml")), "properties", name);
    assertWithMessage("property %s in the root pom.xml", name).that(value).isNotNull();
    return value;
  }

  static String version() throws IOException {
    return text(pom(root().resolve("pom.xml")), "version");
  }
}
