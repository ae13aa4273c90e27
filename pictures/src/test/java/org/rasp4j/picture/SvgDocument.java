package org.rasp4j.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A picture parsed by the JDK's XML parser (so a test fails on anything not well formed), with the
 * few look-ups the tests need: elements by class, their attributes and text.
 */
final class SvgDocument {
  private final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  /** Parses {@code xml}; throws if it is not well-formed XML. */
  static SvgDocument parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new SvgDocument(
          builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Every element below {@code root} (depth first, document order) whose class list has {@code cssClass}. */
  static List<Element> all(Element root, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (hasClass(element, cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  List<Element> all(String cssClass) {
    return all(root(), cssClass);
  }

  /** Every element of the given tag name in the document. */
  List<Element> tags(String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** The direct children of {@code parent} whose class list has {@code cssClass}. */
  static List<Element> children(Element parent, String cssClass) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && hasClass(element, cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The single direct child of {@code parent} with the given tag. */
  static Element child(Element parent, String tag) {
    Element found = null;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        if (found != null) {
          throw new AssertionError("more than one <" + tag + "> in " + parent.getAttribute("class"));
        }
        found = element;
      }
    }
    if (found == null) {
      throw new AssertionError("no <" + tag + "> in " + parent.getAttribute("class"));
    }
    return found;
  }

  static boolean hasClass(Element element, String cssClass) {
    return Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass);
  }

  static double number(Element element, String attribute) {
    String value = element.getAttribute(attribute);
    if (value.isEmpty()) {
      throw new AssertionError("<" + element.getTagName() + "> has no " + attribute);
    }
    return Double.parseDouble(value);
  }

  /** The texts of a row or column's value boxes, in position order. */
  static List<String> valueTexts(Element sequence) {
    List<String> texts = new ArrayList<>();
    for (Element value : children(sequence, "value")) {
      texts.add(child(value, "text").getTextContent());
    }
    return texts;
  }

  /** The rows or columns of the given role directly in {@code parent}. */
  static List<Element> sequences(Element parent, String role) {
    List<Element> found = new ArrayList<>();
    for (Element sequence : children(parent, "sequence")) {
      if (sequence.getAttribute("data-role").equals(role)) {
        found.add(sequence);
      }
    }
    return found;
  }
}
