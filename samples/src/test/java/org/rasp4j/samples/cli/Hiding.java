package org.rasp4j.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A class loader for a user's program classes as if their build had not run rasp4j's processor:
 * it defines the classes of one package itself, from the test build's class files, except the
 * hidden ones, which it cannot find; every other class (rasp4j's own) is its parent's.
 */
final class Hiding extends ClassLoader {
  private final String packagePrefix;
  private final Set<String> hidden;

  /** Loads {@code packageName}'s classes but {@code hidden} (binary names) from {@code parent}'s. */
  Hiding(ClassLoader parent, String packageName, Set<String> hidden) {
    super(parent);
    this.packagePrefix = packageName + ".";
    this.hidden = hidden;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(packagePrefix)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      if (hidden.contains(name)) {
        throw new ClassNotFoundException(name + " (hidden)");
      }
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classFile(name);
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    String className = name.replace('/', '.').replaceAll("\\.class$", "");
    return hidden.contains(className) ? null : super.getResourceAsStream(name);
  }

  private byte[] classFile(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
