package org.rasp4j.processor.frontend;

import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Resolves the names a program uses, the way javac would for the code rasp4j accepts, without
 * attributing method bodies: methods and constants of the enclosing classes, static imports,
 * classes of the same package, imported classes and java.lang.
 */
final class Names {
  private final Elements elements;

  Names(Elements elements) {
    this.elements = elements;
  }

  /** Static methods named {@code name} an unqualified call in {@code frame} may mean. */
  List<Callee> unqualifiedMethods(Frame frame, String name) {
    List<Callee> found = new ArrayList<>();
    for (TypeElement type = frame.owner(); type != null; type = enclosingType(type)) {
      for (ExecutableElement method : staticMethods(type, name)) {
        found.add(new Callee.Source(method));
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (String owner : staticImportOwners(frame, name)) {
      Class<?> reflective = DslInvoker.staticOwner(owner);
      if (reflective != null) {
        if (hasMethod(reflective, name)) {
          found.add(new Callee.Reflective(reflective));
        }
        continue;
      }
      TypeElement type = elements.getTypeElement(owner);
      if (type != null) {
        staticMethods(type, name).forEach(m -> found.add(new Callee.Source(m)));
      }
    }
    return found;
  }

  /** The value of an unqualified name that is no local: a constant field or a DSL field. */
  Optional<Object> unqualifiedField(Frame frame, String name) {
    for (TypeElement type = frame.owner(); type != null; type = enclosingType(type)) {
      Optional<Object> constant = constantField(type, name);
      if (constant.isPresent()) {
        return constant;
      }
    }
    for (String owner : staticImportOwners(frame, name)) {
      Class<?> reflective = DslInvoker.staticOwner(owner);
      if (reflective != null) {
        Object value = DslInvoker.staticField(reflective, name);
        if (value != null) {
          return Optional.of(value);
        }
        continue;
      }
      TypeElement type = elements.getTypeElement(owner);
      if (type != null) {
        Optional<Object> constant = constantField(type, name);
        if (constant.isPresent()) {
          return constant;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The field an unqualified name that is no local and no constant means, if any: found where
   * {@link #unqualifiedField} looks, so the error can say why its value cannot be read.
   */
  Optional<VariableElement> unqualifiedFieldElement(Frame frame, String name) {
    for (TypeElement type = frame.owner(); type != null; type = enclosingType(type)) {
      Optional<VariableElement> field = field(type, name);
      if (field.isPresent()) {
        return field;
      }
    }
    for (String owner : staticImportOwners(frame, name)) {
      TypeElement type = elements.getTypeElement(owner);
      Optional<VariableElement> field = type == null ? Optional.empty() : field(type, name);
      if (field.isPresent()) {
        return field;
      }
    }
    return Optional.empty();
  }

  /** The field {@code name} declared in {@code type}, constant or not. */
  Optional<VariableElement> field(TypeElement type, String name) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(name)
          && member instanceof VariableElement field) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} is a local or parameter in {@code frame}, which shadows a class name. */
  boolean isLocalOrParameter(String name, Frame frame) {
    return frame.scope().lookup(name).isPresent();
  }

  /** The classes whose static imports ({@code X.*} or {@code X.name}) may bring in {@code name}. */
  private static List<String> staticImportOwners(Frame frame, String name) {
    List<String> owners = new ArrayList<>();
    for (ImportTree imported : frame.unit().getImports()) {
      if (imported.isStatic()) {
        MemberSelectTree select = (MemberSelectTree) imported.getQualifiedIdentifier();
        String member = select.getIdentifier().toString();
        if (member.equals("*") || member.equals(name)) {
          owners.add(select.getExpression().toString());
        }
      }
    }
    return owners;
  }

  /** The class a qualifier such as {@code Library} or {@code org.rasp4j.Library} names. */
  Optional<Object> type(Frame frame, Tree qualifier) {
    String text = qualifier.toString();
    List<String> candidates = new ArrayList<>();
    if (text.contains(".")) {
      candidates.add(text);
    } else {
      for (TypeElement type = frame.owner(); type != null; type = enclosingType(type)) {
        if (type.getSimpleName().contentEquals(text)) {
          candidates.add(type.getQualifiedName().toString());
        }
        for (Element member : type.getEnclosedElements()) {
          if (member instanceof TypeElement nested && nested.getSimpleName().contentEquals(text)) {
            candidates.add(nested.getQualifiedName().toString());
          }
        }
      }
      for (ImportTree imported : frame.unit().getImports()) {
        if (imported.isStatic()) {
          continue;
        }
        MemberSelectTree select = (MemberSelectTree) imported.getQualifiedIdentifier();
        String member = select.getIdentifier().toString();
        if (member.equals(text)) {
          candidates.add(select.toString());
        } else if (member.equals("*")) {
          candidates.add(select.getExpression() + "." + text);
        }
      }
      PackageElement pkg = elements.getPackageOf(frame.owner());
      candidates.add(pkg.isUnnamed() ? text : pkg.getQualifiedName() + "." + text);
      candidates.add("java.lang." + text);
    }
    for (String candidate : candidates) {
      Class<?> reflective = DslInvoker.staticOwner(candidate);
      if (reflective != null) {
        return Optional.of(reflective);
      }
      TypeElement type = elements.getTypeElement(candidate);
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  List<ExecutableElement> staticMethods(TypeElement type, String name) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals(name)
          && member.getModifiers().contains(Modifier.STATIC)) {
        methods.add((ExecutableElement) member);
      }
    }
    return methods;
  }

  /** A static final field with a compile-time constant value. */
  Optional<Object> constantField(TypeElement type, String name) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(name)
          && member instanceof VariableElement field
          && field.getConstantValue() != null) {
        return Optional.of(field.getConstantValue());
      }
    }
    return Optional.empty();
  }

  private static TypeElement enclosingType(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement outer ? outer : null;
  }

  private static boolean hasMethod(Class<?> owner, String name) {
    for (var method : owner.getMethods()) {
      if (method.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
