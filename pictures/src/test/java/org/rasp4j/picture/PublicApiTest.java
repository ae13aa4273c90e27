package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package's API is what it means to offer: the entry point, the gallery page and the SVG
 * element builder. The diagrams, the palette and the text measures behind them stay
 * package-private, so they can change without breaking anyone.
 */
class PublicApiTest {
  @Test
  void onlyTheEntryPointTheGalleryAndTheElementArePublic() throws Exception {
    Set<String> publicTypes = new TreeSet<>();
    for (String name : classNames()) {
      Class<?> type = Class.forName("org.rasp4j.picture." + name);
      if (Modifier.isPublic(type.getModifiers())) {
        publicTypes.add(name);
      }
    }

    assertThat(publicTypes)
        .containsExactly("Element", "Gallery", "Gallery$Builder", "Gallery$Entry", "Pictures");
  }

  /** Every class of the package as compiled, from the folder or jar {@code Pictures} came from. */
  private static Set<String> classNames() throws IOException, URISyntaxException {
    Path location = Path.of(Pictures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      collect(location.resolve("org/rasp4j/picture"), names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("org/rasp4j/picture"), names);
      }
    }
    assertThat(names).contains("Pictures");
    return names;
  }

  private static void collect(Path folder, Set<String> names) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
          .forEach(file -> names.add(file.substring(0, file.length() - ".class".length())));
    }
  }
}
