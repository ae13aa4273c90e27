package org.rasp4j.processor.javarules;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Declared types of source methods as {@link JavaType}s: primitives, and classes the processor
 * can load (the JDK's and rasp4j's); a type variable is its erasure. A class of the user's own
 * (which no compile-time value can be) has no JavaType.
 */
public final class Mirrors {
  private Mirrors() {}

  /** The type, if the processor can represent it. */
  public static Optional<JavaType> of(TypeMirror type, Types types) {
    return switch (type.getKind()) {
      case ARRAY -> of(((ArrayType) type).getComponentType(), types)
          .map(c -> JavaType.of(Array.newInstance(c.javaClass(), 0).getClass()));
      case DECLARED, TYPEVAR -> load(types.erasure(type).toString());
      default -> primitive(type.getKind()).map(p -> p);
    };
  }

  /** The primitive type of this kind, if it is one. */
  public static Optional<JavaType.Primitive> primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> Optional.of(JavaType.Primitive.BOOLEAN);
      case BYTE -> Optional.of(JavaType.Primitive.BYTE);
      case SHORT -> Optional.of(JavaType.Primitive.SHORT);
      case CHAR -> Optional.of(JavaType.Primitive.CHAR);
      case INT -> Optional.of(JavaType.Primitive.INT);
      case LONG -> Optional.of(JavaType.Primitive.LONG);
      case FLOAT -> Optional.of(JavaType.Primitive.FLOAT);
      case DOUBLE -> Optional.of(JavaType.Primitive.DOUBLE);
      default -> Optional.empty();
    };
  }

  /** A method's parameter types, empty if one is not representable. */
  public static Optional<List<JavaType>> parameters(ExecutableElement method, Types types) {
    List<JavaType> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      Optional<JavaType> type = of(parameter.asType(), types);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      parameters.add(type.get());
    }
    return Optional.of(parameters);
  }

  private static Optional<JavaType> load(String name) {
    if (!name.startsWith("java.") && !name.startsWith("org.rasp4j.")) {
      return Optional.empty();
    }
    try {
      return Optional.of(JavaType.of(Class.forName(name, false, Mirrors.class.getClassLoader())));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
