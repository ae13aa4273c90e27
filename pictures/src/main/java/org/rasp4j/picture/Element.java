package org.rasp4j.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An XML element under construction (SVG or XHTML): a name, attributes in the order set, and
 * children that are elements or text. Every attribute value and text is escaped when rendered, so
 * user values (tokens like {@code <} or {@code &}, names with quotes) can never break the
 * document. Public for SVG of one's own (the benchmarks' report draws its plot with it); the
 * pictures are built from it.
 */
public final class Element {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][-A-Za-z0-9_.:]*");

  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> children = new ArrayList<>(); // Element or String (text)

  private Element(String name) {
    this.name = checkedName(name);
  }

  /**
   * {@return a new element, without attributes or children}
   *
   * @param name a plain XML name such as {@code rect} or {@code xlink:href}
   * @throws IllegalArgumentException for null or anything else
   */
  public static Element of(String name) {
    return new Element(name);
  }

  /** {@return the element's name} */
  public String name() {
    return name;
  }

  /**
   * Sets an attribute (a second call for the same name replaces the value, where it was).
   *
   * @param attribute a plain XML name
   * @param value the value, any text (escaped when rendered)
   * @return this element
   * @throws IllegalArgumentException for a null value, or an attribute that is no XML name
   */
  public Element attr(String attribute, String value) {
    if (value == null) {
      throw new IllegalArgumentException("attribute " + attribute + " of <" + name + "> is null");
    }
    attributes.put(checkedName(attribute), value);
    return this;
  }

  /**
   * Sets a numeric attribute, written with at most two decimals (pixels need no more), never in
   * exponent form.
   *
   * @param attribute a plain XML name
   * @param value a finite number
   * @return this element
   * @throws IllegalArgumentException for NaN or an infinity, or an attribute that is no XML name
   */
  public Element attr(String attribute, double value) {
    return attr(attribute, number(value));
  }

  /**
   * Sets an integer attribute.
   *
   * @param attribute a plain XML name
   * @param value the value
   * @return this element
   * @throws IllegalArgumentException for an attribute that is no XML name
   */
  public Element attr(String attribute, int value) {
    return attr(attribute, Integer.toString(value));
  }

  /**
   * {@return the attribute's value, or null when it is not set}
   *
   * @param attribute the attribute's name
   */
  public String attribute(String attribute) {
    return attributes.get(attribute);
  }

  /**
   * Appends a child element.
   *
   * @param child the child, not null
   * @return this element
   * @throws IllegalArgumentException for null
   */
  public Element add(Element child) {
    if (child == null) {
      throw new IllegalArgumentException("null child of <" + name + ">");
    }
    children.add(child);
    return this;
  }

  /**
   * Appends child elements, in order.
   *
   * @param elements the children, none null
   * @return this element
   * @throws IllegalArgumentException for a null child
   */
  public Element addAll(List<Element> elements) {
    elements.forEach(this::add);
    return this;
  }

  /**
   * Appends text (escaped when rendered).
   *
   * @param text the text, not null
   * @return this element
   * @throws IllegalArgumentException for null
   */
  public Element text(String text) {
    if (text == null) {
      throw new IllegalArgumentException("null text in <" + name + ">");
    }
    children.add(text);
    return this;
  }

  /**
   * {@return the element and its children as XML text} Markup characters are escaped; characters
   * XML 1.0 cannot hold (controls such as {@code \0}, lone surrogates) become U+FFFD, so the text
   * is always well formed. An element without children is written empty ({@code <rect/>}).
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    renderTo(out);
    return out.toString();
  }

  /**
   * Appends the element as XML text, as {@link #render()} gives it (recursive: pictures nest only
   * a few levels deep).
   *
   * @param out where to append
   */
  public void renderTo(StringBuilder out) {
    out.append('<').append(name);
    attributes.forEach(
        (attribute, value) -> {
          out.append(' ').append(attribute).append("=\"");
          escape(value, true, out);
          out.append('"');
        });
    if (children.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Object child : children) {
      if (child instanceof Element element) {
        element.renderTo(out);
      } else {
        escape((String) child, false, out);
      }
    }
    out.append("</").append(name).append('>');
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Escapes markup characters; in attributes also quotes and line breaks (which attribute
   * normalisation would otherwise turn into spaces). Characters XML 1.0 cannot hold at all
   * (controls such as {@code \0}, lone surrogates) become U+FFFD: the document stays well formed.
   */
  static void escape(String text, boolean inAttribute, StringBuilder out) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\n' -> out.append(inAttribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
        default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
      }
    }
  }

  /** Whether XML 1.0 can hold the code point at all (its Char production). */
  static boolean allowedInXml(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** A coordinate: integers as such, else rounded to two decimals, never in exponent form. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a drawable number: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String checkedName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an XML name: " + name);
    }
    return name;
  }
}
