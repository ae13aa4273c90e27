package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML page of several pictures, each under its title (the SVG inlined), with a table of
 * contents: {@code Gallery.builder().title("tour").add("flip", svg).toHtml()}. The page is also
 * well-formed XML, so it can be checked with an XML parser.
 */
public final class Gallery {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
          + "section{margin:2em 0;border-top:1px solid #ddd;padding-top:1em}"
          + ".picture{overflow-x:auto}.caption{color:#555}"
          + "nav li{margin:.2em 0}";

  private final String title;
  private final List<Entry> entries;

  /**
   * One picture on the page.
   *
   * @param title its heading
   * @param caption a line under the heading, or "" for none
   * @param svg a standalone SVG document, as the diagrams give
   */
  public record Entry(String title, String caption, String svg) {
    /**
     * An entry, its SVG without an XML declaration (which a page cannot hold mid-way).
     *
     * @param title its heading
     * @param caption a line under the heading, or "" for none
     * @param svg a standalone SVG document
     * @throws IllegalArgumentException for a null part, or an {@code svg} that is no SVG document
     */
    public Entry {
      if (title == null || caption == null || svg == null) {
        throw new IllegalArgumentException("a gallery entry needs a title, a caption and an SVG");
      }
      svg = inlineable(svg);
    }
  }

  private Gallery(String title, List<Entry> entries) {
    this.title = title;
    this.entries = List.copyOf(entries);
  }

  /** {@return a builder of a page, empty, titled "rasp4j pictures"} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the page's title} */
  public String title() {
    return title;
  }

  /** {@return the pictures, in page order} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * {@return the page as XHTML text: the title, a numbered table of contents linking to each
   * picture, then each picture's section (heading, caption, the SVG inlined)}
   */
  public String toHtml() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n");
    page.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .append("<meta charset=\"utf-8\"/>");
    Element.of("title").text(title).renderTo(page);
    Element.of("style").text(STYLE).renderTo(page);
    page.append("</head>\n<body>");
    Element.of("h1").text(title).renderTo(page);
    Element list = Element.of("ol");
    for (int i = 0; i < entries.size(); i++) {
      list.add(
          Element.of("li")
              .add(Element.of("a").attr("href", "#" + anchor(i)).text(entries.get(i).title())));
    }
    Element.of("nav").add(list).renderTo(page);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      page.append("\n<section class=\"diagram\" id=\"").append(anchor(i)).append("\">");
      Element.of("h2").text(entry.title()).renderTo(page);
      if (!entry.caption().isEmpty()) {
        Element.of("p").attr("class", "caption").text(entry.caption()).renderTo(page);
      }
      page.append("<div class=\"picture\">").append(entry.svg()).append("</div></section>");
    }
    return page.append("\n</body></html>\n").toString();
  }

  private static String anchor(int index) {
    return "picture-" + (index + 1);
  }

  /** The SVG without an XML declaration (not allowed mid-page); anything but an SVG refused. */
  private static String inlineable(String svg) {
    String text = svg.strip();
    if (text.startsWith("<?xml")) {
      text = text.substring(text.indexOf("?>") + 2).strip();
    }
    if (!text.startsWith("<svg") || !text.endsWith(">")) {
      throw new IllegalArgumentException(
          "a gallery shows SVG documents (starting with <svg); got: "
              + text.substring(0, Math.min(40, text.length())));
    }
    return text;
  }

  /** Collects the page's title and pictures in order. */
  public static final class Builder {
    private String title = "rasp4j pictures";
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the page's title (default "rasp4j pictures").
     *
     * @param title the title, not null
     * @return this builder
     * @throws IllegalArgumentException for null
     */
    public Builder title(String title) {
      if (title == null) {
        throw new IllegalArgumentException("a gallery's title cannot be null");
      }
      this.title = title;
      return this;
    }

    /**
     * Adds a picture under a heading.
     *
     * @param title the heading
     * @param svg a standalone SVG document, as {@link Pictures} gives
     * @return this builder
     * @throws IllegalArgumentException for a null part, or an {@code svg} that is no SVG document
     */
    public Builder add(String title, String svg) {
      return add(title, "", svg);
    }

    /**
     * Adds a picture under a heading and a caption line.
     *
     * @param title the heading
     * @param caption the line under the heading, or "" for none
     * @param svg a standalone SVG document, as {@link Pictures} gives
     * @return this builder
     * @throws IllegalArgumentException for a null part, or an {@code svg} that is no SVG document
     */
    public Builder add(String title, String caption, String svg) {
      entries.add(new Entry(title, caption, svg));
      return this;
    }

    /** {@return the gallery of the title and the pictures added so far} */
    public Gallery build() {
      return new Gallery(title, entries);
    }

    /** {@return the page: {@code build().toHtml()}} */
    public String toHtml() {
      return build().toHtml();
    }
  }
}
