package org.rasp4j.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.Select;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;

/**
 * One head of a causal program's decoder at the appended position {@code i} (query {@code q = i},
 * {@code n = i + 1} positions): each unit by its {@link DecoderKernel}, whose running state
 * becomes fields of the decoder. The results at the query come from {@link KernelResults} and
 * {@link RowWriter}, as in the evaluator, so values and errors are the interpreter's.
 */
final class DecoderHeadWriter {
  /** The capacity of a group table before its first growth. */
  private static final int GROUPS = 8;

  private final MethodScope scope;
  private final List<FieldSpec> fields = new ArrayList<>();

  DecoderHeadWriter(MethodScope scope) {
    this.scope = scope;
  }

  /** The state fields of the heads written so far. */
  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  /** The units of a head, split as the evaluator splits it ({@link HeadUnit#of}). */
  static List<HeadUnit> units(Step.Head head) {
    return HeadUnit.of(head);
  }

  /** The statements of one head at position i. */
  CodeBlock write(Step.Head head) {
    CodeBlock.Builder code = CodeBlock.builder();
    String title = "head " + head.number();
    code.add(scope.lineComment(title + ": " + scope.pattern(head.selector()), head.selector()));
    for (HeadUnit unit : units(head)) {
      DecoderKernel kernel = DecoderKernel.choose(scope.plan(), unit);
      code.add("// decoder kernel: $L\n", kernel.name());
      code.add("{\n$>");
      Identifiers names = scope.temporaries();
      if (kernel instanceof DecoderKernel.Prefix prefix) {
        code.add(prefix(unit, prefix, names));
      } else if (kernel instanceof DecoderKernel.Groups groups) {
        code.add(groups(unit, groups.equality(), names));
      } else if (kernel instanceof DecoderKernel.Position position) {
        code.add(position(unit, position, names));
      } else {
        code.add(scan(unit, (DecoderKernel.Scan) kernel, names));
      }
      code.add("$<}\n");
    }
    return code.build();
  }

  /** How an aggregate's running sum is kept: a long for int sums, a double for means and doubles. */
  private static TypeName sumType(Aggregate aggregate) {
    ElementType type = aggregate.values().type();
    boolean mean = aggregate.reduction() == Reduction.MEAN;
    if (!mean && type == ElementType.INT) {
      return TypeName.LONG;
    }
    if (type == ElementType.DOUBLE || (mean && type == ElementType.INT)) {
      return TypeName.DOUBLE;
    }
    return null; // chars, booleans, strings: one selected value passes, two are an error
  }

  /**
   * The sums KernelResults reads, {@code sum} read as each aggregate's running sum: exact, since
   * each is added in increasing key position from 0 as the interpreter adds.
   */
  private static Map<Aggregate, KernelResults.Sums> sums(
      Map<Aggregate, String> running, String index) {
    Map<Aggregate, KernelResults.Sums> sums = new HashMap<>();
    running.forEach((aggregate, field) -> {
      CodeBlock sum = index == null ? CodeBlock.of("$N", field)
          : CodeBlock.of("$N[$N]", field, index);
      sums.put(aggregate, sumType(aggregate) == TypeName.LONG
          ? new KernelResults.Sums(sum, null, null)
          : new KernelResults.Sums(null, sum, CodeBlock.of("true")));
    });
    return sums;
  }

  private CodeBlock prefix(HeadUnit unit, DecoderKernel.Prefix prefix, Identifiers names) {
    Map<Aggregate, String> running = new LinkedHashMap<>();
    for (Aggregate aggregate : unit.aggregates()) {
      TypeName type = sumType(aggregate);
      if (type != null) {
        String field = scope.fresh(scope.variable(aggregate) + "Running");
        fields.add(FieldSpec.builder(type, field, Modifier.PRIVATE)
            .addJavadoc("The sum of the values of positions before the next, for the prefix.\n")
            .build());
        running.put(aggregate, field);
      }
    }
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock.Builder add = CodeBlock.builder();
    running.forEach((aggregate, field) ->
        add.addStatement("$N += $L", field, scope.value(aggregate.values(), MethodScope.POSITION)));
    if (prefix.inclusive()) {
      code.add(add.build());
    }
    String count = names.fresh("count");
    String first = names.fresh("first");
    code.addStatement("int $N = $N", MethodScope.QUERY, MethodScope.POSITION);
    code.addStatement("int $N = $N", count,
        prefix.inclusive() ? MethodScope.LENGTH : MethodScope.POSITION);
    code.addStatement("int $N = 0", first);
    String selected = RowWriter.declarePositions(scope, unit, code);
    code.add(KernelResults.write(
        scope, unit, names, selected, count, first, null, sums(running, null)));
    if (!prefix.inclusive()) {
      code.add(add.build());
    }
    return code.build();
  }

  private CodeBlock groups(HeadUnit unit, Select equality, Identifiers names) {
    String base = scope.variable(unit.aggregates().isEmpty()
        ? unit.widths().get(0) : unit.aggregates().get(0));
    String index = scope.fresh(base + "Groups");
    String sizes = scope.fresh(base + "GroupSizes");
    String firsts = scope.fresh(base + "GroupFirsts");
    fields.add(FieldSpec.builder(SupportTypes.CODE_GROUPS, index, Modifier.PRIVATE,
            Modifier.FINAL)
        .addJavadoc("The group of each key value seen so far, as a code.\n")
        .initializer("new $T()", SupportTypes.CODE_GROUPS)
        .build());
    fields.add(intArray(sizes, "Each group's number of positions."));
    fields.add(intArray(firsts, "Each group's first position."));
    Map<Aggregate, String> running = new LinkedHashMap<>();
    for (Aggregate aggregate : unit.aggregates()) {
      TypeName type = sumType(aggregate);
      if (type != null) {
        String field = scope.fresh(scope.variable(aggregate) + "GroupSums");
        fields.add(FieldSpec.builder(ArrayTypeName.of(type), field, Modifier.PRIVATE)
            .addJavadoc("Each group's sum of values, added in increasing position.\n")
            .initializer("new $T[$L]", type, GROUPS)
            .build());
        running.put(aggregate, field);
      }
    }
    String i = MethodScope.POSITION;
    String group = names.fresh("group");
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// the key at i joins the group of its value\n");
    code.addStatement("int $N = $N.add($L)", group, index, code(equality.keys(), i));
    code.beginControlFlow("if ($N == $N.length)", group, sizes);
    String capacity = names.fresh("capacity");
    code.addStatement("int $N = $T.next($N)", capacity, SupportTypes.CAPACITY, group);
    for (String array : concat(List.of(sizes, firsts), running.values())) {
      code.addStatement("$N = $T.copyOf($N, $N)", array, SupportTypes.CAPACITY, array, capacity);
    }
    code.endControlFlow();
    code.beginControlFlow("if ($N[$N] == 0)", sizes, group);
    code.addStatement("$N[$N] = $N", firsts, group, i);
    code.endControlFlow();
    code.addStatement("$N[$N]++", sizes, group);
    running.forEach((aggregate, field) -> code.addStatement(
        "$N[$N] += $L", field, group, scope.value(aggregate.values(), i)));
    code.add("// the query at i reads the group of its value\n");
    String q = MethodScope.QUERY;
    String found = names.fresh("found");
    String count = names.fresh("count");
    String first = names.fresh("first");
    code.addStatement("int $N = $N", q, i);
    code.addStatement("int $N = $N.find($L)", found, index, code(equality.queries(), q));
    code.addStatement("int $N = $N < 0 ? 0 : $N[$N]", count, found, sizes, found);
    code.addStatement("int $N = $N < 0 ? 0 : $N[$N]", first, found, firsts, found);
    String selected = RowWriter.declarePositions(scope, unit, code);
    code.add(KernelResults.write(
        scope, unit, names, selected, count, first, null, sums(running, found)));
    return code.build();
  }

  /** A value's long code: equal codes for equal ints, chars or booleans. */
  private CodeBlock code(SopNode node, String position) {
    CodeBlock value = scope.value(node, position);
    return node.type() == ElementType.BOOL
        ? CodeBlock.of("$L ? 1L : 0L", value)
        : CodeBlock.of("(long) $L", value);
  }

  private CodeBlock position(HeadUnit unit, DecoderKernel.Position position, Identifiers names) {
    String q = MethodScope.QUERY;
    String source = names.fresh("source");
    String count = names.fresh("count");
    String first = names.fresh("first");
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("int $N = $N", q, MethodScope.POSITION);
    code.addStatement("int $N = $L", source, scope.value(position.source(), q));
    code.add("// one key when the source position is visible: 0 <= source <= q\n");
    code.addStatement("int $N = $N >= 0 && $N <= $N ? 1 : 0", count, source, source, q);
    code.addStatement("int $N = $N == 1 ? $N : 0", first, count, source);
    code.add(KernelResults.writeAtMostOne(scope, unit, count, first));
    return code.build();
  }

  private CodeBlock scan(HeadUnit unit, DecoderKernel.Scan scan, Identifiers names) {
    CodeBlock.Builder code = CodeBlock.builder();
    String q = MethodScope.QUERY;
    String k = MethodScope.KEY;
    if (!scan.failingSelects().isEmpty()) {
      // The interpreter also runs these predicates on the new key for every earlier query
      // (masked out, but a failure there comes first, in query order).
      Map<Node, String> hoisted = new HashMap<>();
      for (Select select : scan.failingSelects()) {
        hoisted.put(select, names.fresh(
            (select.name() == null ? "selected" : select.name()) + "Holds"));
      }
      SelectorWriter selectors = new SelectorWriter(scope, hoisted);
      code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", q, q, MethodScope.POSITION, q);
      code.addStatement("int $N = $N", k, MethodScope.POSITION);
      for (Select select : scan.failingSelects()) {
        code.add(selectors.hoist(select));
      }
      code.endControlFlow();
    }
    code.addStatement("int $N = $N", q, MethodScope.POSITION);
    String selected = RowWriter.declarePositions(scope, unit, code);
    code.add(new RowWriter(scope, unit, scan.failingSelects(), names, selected).write());
    return code.build();
  }

  private static FieldSpec intArray(String name, String doc) {
    return FieldSpec.builder(int[].class, name, Modifier.PRIVATE)
        .addJavadoc("$L\n", doc)
        .initializer("new int[$L]", GROUPS)
        .build();
  }

  private static List<String> concat(List<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
