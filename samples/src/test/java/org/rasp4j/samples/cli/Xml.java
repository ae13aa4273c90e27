package org.rasp4j.samples.cli;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The pictures and pages the command line writes, read back with the JDK's XML parser. */
final class Xml {
  static final String SVG = "http://www.w3.org/2000/svg";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  private Xml() {}

  /** The document; a test failure naming the problem when the text is not well-formed XML. */
  static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The elements named {@code name} in {@code namespace} below {@code root}, in order. */
  static List<Element> all(org.w3c.dom.Node root, String namespace, String name) {
    NodeList nodes =
        root instanceof Document document
            ? document.getElementsByTagNameNS(namespace, name)
            : ((Element) root).getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The SVG {@code <g>} groups below {@code root} whose class is exactly {@code cssClass}. */
  static List<Element> groups(org.w3c.dom.Node root, String cssClass) {
    return all(root, SVG, "g").stream()
        .filter(g -> g.getAttribute("class").equals(cssClass))
        .toList();
  }
}
