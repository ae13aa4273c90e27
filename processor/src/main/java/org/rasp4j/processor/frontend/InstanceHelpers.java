package org.rasp4j.processor.frontend;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.rasp4j.processor.diagnostics.CompileError;
import org.rasp4j.processor.diagnostics.Message;

/**
 * Calls of a helper that is an instance method: {@code helper(t)}, {@code this.helper(t)}, {@code
 * new Programs().helper(t)} and {@code this::twice}. A program's body and its functions run
 * without an object (the program is static, the generated evaluator too), so the only fix is to
 * make the helper static; without this check the call was "cannot resolve method", or an error
 * about {@code new} or {@code this}, none of which says so.
 */
final class InstanceHelpers {
  private final Names names;

  InstanceHelpers(Names names) {
    this.names = names;
  }

  /**
   * The instance method {@code name} that a call with this qualifier (null when unqualified)
   * means, if the processor can see one and no static method of that name is there to call.
   */
  Optional<ExecutableElement> find(ExpressionTree qualifier, String name, Frame frame) {
    if (qualifier == null) {
      for (TypeElement type = frame.owner(); type != null; type = enclosing(type)) {
        Optional<ExecutableElement> method = instanceMethod(type, name);
        if (method.isPresent() || !names.staticMethods(type, name).isEmpty()) {
          return method;
        }
      }
      return Optional.empty();
    }
    return ownerOf(qualifier, frame).flatMap(type -> instanceMethod(type, name));
  }

  /** The [rasp4j.instance-helper] error at {@code tree}. */
  CompileError error(Tree tree, ExecutableElement method, Frame frame) {
    return new CompileError(tree, frame.unit(),
        Message.INSTANCE_HELPER.format(PartialEvaluator.ownerName(method)));
  }

  /** The class a qualifier's object or name is of: this, new X(...), or a class name X. */
  private Optional<TypeElement> ownerOf(ExpressionTree qualifier, Frame frame) {
    if (qualifier instanceof IdentifierTree identifier
        && identifier.getName().contentEquals("this")) {
      return Optional.of(frame.owner());
    }
    Tree typeName = qualifier;
    if (qualifier instanceof NewClassTree creation && creation.getClassBody() == null) {
      typeName = creation.getIdentifier() instanceof ParameterizedTypeTree parameterized
          ? parameterized.getType()
          : creation.getIdentifier();
    }
    if (!(typeName instanceof IdentifierTree || typeName instanceof MemberSelectTree)
        || (typeName instanceof IdentifierTree identifier
            && names.isLocalOrParameter(identifier.getName().toString(), frame))) {
      return Optional.empty();
    }
    return names.type(frame, typeName)
        .filter(TypeElement.class::isInstance)
        .map(TypeElement.class::cast)
        .filter(type -> !isJdk(type));
  }

  /**
   * A JDK class is no helper: its instance methods are the values' own ({@code new
   * StringBuilder().append(c)}), run or rejected elsewhere, and could not be made static.
   */
  private static boolean isJdk(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  private static Optional<ExecutableElement> instanceMethod(TypeElement type, String name) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals(name)
          && !member.getModifiers().contains(Modifier.STATIC)
          && !member.getModifiers().contains(Modifier.ABSTRACT)) {
        return Optional.of((ExecutableElement) member);
      }
    }
    return Optional.empty();
  }

  private static TypeElement enclosing(TypeElement type) {
    return type.getEnclosingElement() instanceof TypeElement outer ? outer : null;
  }
}
