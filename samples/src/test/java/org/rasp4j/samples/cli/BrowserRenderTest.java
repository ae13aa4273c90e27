package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.samples.Catalog;

/**
 * The tour's gallery in a real browser (headless Chromium): the page paints, and every picture on
 * it is laid out at the size its SVG declares. Parsing the SVG proves it is well-formed; only a
 * browser shows that it draws.
 */
class BrowserRenderTest {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 4000;

  /**
   * Measures each inline SVG as laid out and writes the size into data attributes, which {@code
   * --dump-dom} then shows. It runs at the end of the body, when every SVG above it is parsed.
   */
  private static final String MEASURE =
      "<script>"
          + "const svgs = document.querySelectorAll('svg');"
          + "for (const svg of svgs) {"
          + "  const box = svg.getBoundingClientRect();"
          + "  svg.setAttribute('data-rendered-width', box.width);"
          + "  svg.setAttribute('data-rendered-height', box.height);"
          + "}"
          + "document.body.setAttribute('data-measured', svgs.length);"
          + "</script>";

  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");

  @TempDir static Path dir;
  private static HeadlessChromium chromium;
  private static Path page;

  @BeforeAll
  static void writeTheGallery() {
    chromium = HeadlessChromium.find(dir);
    page = dir.resolve(TourGallery.write(Catalog.all(), dir, TourGallery.DIRECTORY));
  }

  @Test
  void theGalleryPaintsItsPictures() throws IOException {
    Path png = dir.resolve("gallery.png");
    chromium.screenshot(page, WIDTH, HEIGHT, png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);

    // A blank (or all-one-colour) page has no variance; text and pictures give plenty.
    double sum = 0;
    double squares = 0;
    // The fill of a selected matrix cell, #3f6fb0: only the attention heads use it, so its pixels
    // show the SVGs themselves were painted, not just the page's headings and links.
    int selectedCellPixels = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        sum += luminance;
        squares += luminance * luminance;
        if (near(r, 0x3f) && near(g, 0x6f) && near(b, 0xb0)) {
          selectedCellPixels++;
        }
      }
    }
    double pixels = (double) WIDTH * HEIGHT;
    double mean = sum / pixels;
    double variance = squares / pixels - mean * mean;
    assertWithMessage("luminance variance of the screenshot (0 for a blank page)")
        .that(variance)
        .isGreaterThan(100.0);
    // add, first on the page, selects 7 cells in its first head alone; a cell is some 20 px square.
    assertWithMessage("pixels in the selected-cell blue").that(selectedCellPixels).isAtLeast(1000);
  }

  @Test
  void everyPictureIsLaidOutAtItsDeclaredSize() throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("</body>");
    Path measuring = page.resolveSibling("measured.html");
    Files.writeString(
        measuring, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);

    String dom = chromium.dumpDom(measuring);
    int pictures = 2 * Catalog.all().size();
    assertWithMessage("the measuring script ran and saw every picture")
        .that(dom)
        .contains("data-measured=\"" + pictures + "\"");
    List<String> tags = new ArrayList<>();
    Matcher tag = SVG_TAG.matcher(dom);
    while (tag.find()) {
      tags.add(tag.group());
    }
    assertThat(tags).hasSize(pictures);
    for (String svg : tags) {
      double width = number(svg, "width");
      double height = number(svg, "height");
      double renderedWidth = number(svg, "data-rendered-width");
      double renderedHeight = number(svg, "data-rendered-height");
      assertWithMessage("rendered size of %s", svg).that(renderedWidth).isGreaterThan(0.0);
      assertWithMessage("rendered size of %s", svg).that(renderedHeight).isGreaterThan(0.0);
      assertWithMessage("rendered width of %s", svg).that(renderedWidth).isWithin(1).of(width);
      assertWithMessage("rendered height of %s", svg).that(renderedHeight).isWithin(1).of(height);
    }
  }

  private static boolean near(int channel, int expected) {
    return Math.abs(channel - expected) <= 3;
  }

  /** The number in attribute {@code name} of the tag; a failure when it is missing. */
  private static double number(String tag, String name) {
    Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
    if (!value.find()) {
      throw new AssertionError("no " + name + " on " + tag);
    }
    return Double.parseDouble(value.group(1));
  }
}
