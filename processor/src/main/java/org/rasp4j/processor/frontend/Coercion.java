package org.rasp4j.processor.frontend;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Mirrors;
import org.rasp4j.processor.javarules.Overloads.Candidate;
import org.rasp4j.processor.javarules.Values;

/**
 * How compile-time values meet declared Java types: source helpers as overload candidates, the
 * types locals are declared with, and the conversions Java applies on the way in (a char passed
 * as an int, an int stored in a double). The rules themselves are {@code javarules}'.
 */
final class Coercion {
  private static final Map<String, JavaType> NAMED = Map.of(
      "String", JavaType.STRING, "Integer", JavaType.of(Integer.class),
      "Character", JavaType.of(Character.class), "Double", JavaType.of(Double.class),
      "Boolean", JavaType.of(Boolean.class), "Long", JavaType.of(Long.class),
      "Object", JavaType.OBJECT);

  private Coercion() {}

  /** A source helper as an overload candidate, if the processor can represent its parameters. */
  static Optional<Candidate<Object>> candidate(Types types, ExecutableElement method) {
    return Mirrors.parameters(method, types)
        .map(parameters -> new Candidate<>((Object) method, parameters, method.isVarArgs()));
  }

  /** A value as a parameter of this declared type holds it ({@code int} from a char). */
  static Object toDeclared(Object value, TypeMirror type, Types types) {
    return Mirrors.of(type, types).map(t -> Values.convert(value, t)).orElse(value);
  }

  /** The type a local is declared with, if it is a primitive, a box, String or Object. */
  static Optional<JavaType> declared(Tree declaredType) {
    if (declaredType instanceof PrimitiveTypeTree primitive) {
      return Mirrors.primitive(primitive.getPrimitiveTypeKind()).map(p -> p);
    }
    String name = declaredType instanceof IdentifierTree identifier ? identifier.getName().toString()
        : declaredType instanceof MemberSelectTree select
            && select.getExpression().toString().equals("java.lang")
            ? select.getIdentifier().toString() : null;
    return Optional.ofNullable(name == null ? null : NAMED.get(name));
  }
}
