package org.rasp4j.samples;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.rasp4j.annotation.RaspGenerated;

/**
 * Whether a class is rasp4j's processor's output for a given program. {@code @RaspGenerated} is
 * kept in the class file but not at run time, so this reads the class file's constant pool: the
 * processor's output names the annotation and holds its value, the program's class and method.
 * A hand-written class that happens to have the generated name holds neither.
 */
final class GeneratedMarker {
  private static final String ANNOTATION =
      "L" + RaspGenerated.class.getName().replace('.', '/') + ";";

  private GeneratedMarker() {}

  /** Whether {@code type}'s class file holds {@code @RaspGenerated} and {@code marker}. */
  static boolean holds(Class<?> type, String marker) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return false; // the JDK's own classes
    }
    try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
      if (in == null) {
        return false;
      }
      Set<String> strings = constantStrings(new DataInputStream(in));
      return strings.contains(ANNOTATION) && strings.contains(marker);
    } catch (IOException e) {
      return false; // unreadable: the interpreter runs it, which is never wrong
    }
  }

  /** The UTF-8 entries of a class file's constant pool (JVMS 4.4). */
  static Set<String> constantStrings(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    Set<String> strings = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> strings.add(in.readUTF()); // Utf8: a u2 length, then modified UTF-8
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer ... InvokeDynamic
        case 5, 6 -> { // Long, Double: eight bytes and two entries
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return strings;
  }
}
