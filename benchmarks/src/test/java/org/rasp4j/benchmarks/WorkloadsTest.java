package org.rasp4j.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/** The suite covers every blog and paper program, on inputs drawn the same way every run. */
class WorkloadsTest {
  @Test
  void everyBlogAndPaperProgramIsMeasured() {
    List<String> measured = Workloads.all().stream().map(Workload::program).toList();
    for (Program program : Catalog.all()) {
      String owner = program.method().getDeclaringClass().getSimpleName();
      if (owner.equals("Blog") || owner.equals("Paper")) {
        assertThat(measured).contains(program.name());
      }
    }
    for (Workload workload : Workloads.all()) {
      assertThat(Catalog.find(workload.program())).isPresent();
    }
  }

  @Test
  void inputsAreTheSameForTheSameSeedAndValidAtLength100000() {
    for (Workload workload : Workloads.all()) {
      int n = Math.min(100_000, workload.maxLength());
      Object tokens = workload.tokens(n, 42);
      assertThat(Workload.boxed(workload.tokens(n, 42))).isEqualTo(Workload.boxed(tokens));
      // the program's own input checks (vocabulary, BOS) accept it
      workload.catalogProgram().check(Workload.input(tokens));
      assertThat(Workload.boxed(tokens)).hasSize(n);
    }
  }
}
