package org.rasp4j.processor.frontend;

import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.ir.ElementType;

/**
 * How compile-time values meet declared Java types: which source overload takes them, and the
 * conversions Java applies on the way in (a char passed as an int, an int stored in a double).
 */
final class Coercion {
  private Coercion() {}

  /** Whether a source method takes these compile-time values, as javac would bind them. */
  static boolean applicable(Types types, ExecutableElement method, List<Object> args) {
    if (method.getParameters().size() != args.size()) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      if (!fits(types, args.get(i), method.getParameters().get(i).asType())) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(Types types, Object value, TypeMirror type) {
    return switch (type.getKind()) {
      case INT -> value instanceof Integer || value instanceof Character;
      case CHAR -> value instanceof Character;
      case DOUBLE -> value instanceof Integer || value instanceof Character || value instanceof Double;
      case BOOLEAN -> value instanceof Boolean;
      case TYPEVAR -> true;
      case ARRAY -> value instanceof List<?>;
      case LONG, FLOAT, SHORT, BYTE -> false;
      case DECLARED -> {
        String erased = types.erasure(type).toString();
        yield switch (erased) {
          case "org.rasp4j.Sop" -> value instanceof Sop<?>;
          case "org.rasp4j.Selector" -> value instanceof Selector;
          case "java.lang.String" -> value instanceof String;
          case "java.lang.Integer" -> value instanceof Integer;
          case "java.lang.Character" -> value instanceof Character;
          case "java.lang.Boolean" -> value instanceof Boolean;
          case "java.lang.Double" -> value instanceof Double;
          case "java.lang.Object" -> true;
          default -> isInstance(erased, value);
        };
      }
      default -> false;
    };
  }

  /** Whether a compile-time value is an instance of a JDK type such as java.util.List. */
  private static boolean isInstance(String qualifiedName, Object value) {
    if (value == null || !qualifiedName.startsWith("java.")) {
      return false;
    }
    try {
      return Class.forName(qualifiedName).isInstance(value);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** A constant as a parameter of this declared type holds it ({@code int} from a char). */
  static Object toDeclared(Object value, TypeMirror type) {
    return switch (type.getKind()) {
      case INT -> Constants.convert(value, ElementType.INT);
      case CHAR -> Constants.convert(value, ElementType.CHAR);
      case DOUBLE -> Constants.convert(value, ElementType.DOUBLE);
      default -> value;
    };
  }

  /** A constant as a local declared with this type holds it ({@code double d = 1}). */
  static Object toDeclared(Object value, Tree declaredType) {
    if (declaredType instanceof PrimitiveTypeTree primitive) {
      return switch (primitive.getPrimitiveTypeKind()) {
        case INT -> Constants.convert(value, ElementType.INT);
        case CHAR -> Constants.convert(value, ElementType.CHAR);
        case DOUBLE -> Constants.convert(value, ElementType.DOUBLE);
        default -> value;
      };
    }
    return value;
  }
}
