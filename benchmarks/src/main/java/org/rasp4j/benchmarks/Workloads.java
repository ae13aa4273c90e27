package org.rasp4j.benchmarks;

import static org.rasp4j.benchmarks.Workload.chars;
import static org.rasp4j.benchmarks.Workload.ints;

import java.util.List;
import java.util.Optional;
import org.rasp4j.samples.blog.Add;
import org.rasp4j.samples.blog.AddStep0;
import org.rasp4j.samples.blog.AddStep1;
import org.rasp4j.samples.blog.AddStep2;
import org.rasp4j.samples.blog.Atoi;
import org.rasp4j.samples.blog.Cumsum;
import org.rasp4j.samples.blog.CumsumLengthMinusIndices;
import org.rasp4j.samples.blog.FirstL;
import org.rasp4j.samples.blog.Flip;
import org.rasp4j.samples.blog.Histogram;
import org.rasp4j.samples.blog.Index0;
import org.rasp4j.samples.blog.Index1;
import org.rasp4j.samples.blog.Index4;
import org.rasp4j.samples.blog.Length;
import org.rasp4j.samples.blog.Minimum;
import org.rasp4j.samples.blog.Ralign;
import org.rasp4j.samples.blog.Shift0;
import org.rasp4j.samples.blog.Shift1;
import org.rasp4j.samples.blog.Shift2;
import org.rasp4j.samples.blog.ShiftLeft;
import org.rasp4j.samples.blog.Slide;
import org.rasp4j.samples.blog.SplitFirst;
import org.rasp4j.samples.blog.SplitSecond;
import org.rasp4j.samples.blog.WindowSum;
import org.rasp4j.samples.paper.Dyck1;
import org.rasp4j.samples.paper.Dyck2;
import org.rasp4j.samples.paper.Hist2Bos;
import org.rasp4j.samples.paper.HistBos;
import org.rasp4j.samples.paper.HistNobos;
import org.rasp4j.samples.paper.MostFreqBos;
import org.rasp4j.samples.paper.Reverse;
import org.rasp4j.samples.paper.Sort;
import org.rasp4j.samples.paper.SortBos;
import org.rasp4j.samples.tracr.TracrCountLessFreq;
import org.rasp4j.samples.tracr.TracrDetectPattern;
import org.rasp4j.samples.tracr.TracrPairBalance;
import org.rasp4j.samples.tracr.TracrShuffleDyck2;
import org.rasp4j.samples.tracr.TracrShuffleDyck3;
import org.rasp4j.samples.tracr.TracrSort;
import org.rasp4j.samples.tracr.TracrSortFreq;
import org.rasp4j.samples.tracr.TracrSortUnique;

/**
 * Every program the suite measures: all of the blog's and the paper's, and tracr's larger ones
 * (tracr_length, tracr_count, tracr_frac_prevs and tracr_shift_by are one head each, measured
 * already by length, histogram, cumsum and shift1).
 */
public final class Workloads {
  private Workloads() {}

  private static final int ANY = Integer.MAX_VALUE;
  private static final String LETTERS = "random letters";

  private static final List<Workload> ALL =
      List.of(
          // ---- the blog ----
          chars("flip", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Flip::evaluate, BlogByHand::reverse),
          chars("length", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Length::evaluate, BlogByHand::length),
          chars("histogram", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Histogram::evaluate, BlogByHand::histogram),
          ints("window_sum", ANY, "random ints 0..9", (n, r) -> Inputs.below(10, n, r),
              WindowSum::evaluate, BlogByHand::windowSum),
          ints("cumsum", ANY, "random ints 0..9", (n, r) -> Inputs.below(10, n, r),
              Cumsum::evaluate, BlogByHand::cumsum),
          chars("cumsum_length_minus_indices", 65_535,
              LETTERS + "; beyond 65 535 the sums overflow int",
              (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              CumsumLengthMinusIndices::evaluate, BlogByHand::cumsumLengthMinusIndices),
          chars("index0", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Index0::evaluate, t -> BlogByHand.index(0, t)),
          chars("index1", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Index1::evaluate, t -> BlogByHand.index(1, t)),
          chars("index4", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Index4::evaluate, t -> BlogByHand.index(4, t)),
          chars("shift0", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Shift0::evaluate, t -> BlogByHand.shift(0, '_', t)),
          chars("shift1", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Shift1::evaluate, t -> BlogByHand.shift(1, '_', t)),
          chars("shift2", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Shift2::evaluate, t -> BlogByHand.shift(2, '_', t)),
          chars("shift_left", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              ShiftLeft::evaluate, t -> BlogByHand.shift(-1, '0', t)),
          chars("minimum", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Minimum::evaluate, BlogByHand::minimum),
          chars("first_l", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              FirstL::evaluate, BlogByHand::firstL),
          chars("ralign", ANY, "letters, the last quarter '_'", Inputs::padded,
              Ralign::evaluate, t -> BlogByHand.ralign('-', t)),
          chars("split_first", ANY, "digits+digits", Inputs::addition,
              SplitFirst::evaluate, BlogByHand::splitFirst),
          chars("split_second", ANY, "digits+digits", Inputs::addition,
              SplitSecond::evaluate, BlogByHand::splitSecond),
          chars("slide", ANY, "random 'a', 'b', '<'", (n, r) -> Inputs.from("ab<<", n, r),
              Slide::evaluate, BlogByHand::slide),
          chars("atoi", ANY, "random digits", (n, r) -> Inputs.from("0123456789", n, r),
              Atoi::evaluate, BlogByHand::atoi),
          chars("add", ANY, "digits+digits", Inputs::addition, Add::evaluate, BlogByHand::add),
          chars("add_step0", ANY, "digits+digits", Inputs::addition,
              AddStep0::evaluate, BlogByHand::columnSums),
          chars("add_step1", ANY, "digits+digits", Inputs::addition,
              AddStep1::evaluate, BlogByHand::carryMarks),
          chars("add_step2", ANY, "digits+digits", Inputs::addition,
              AddStep2::evaluate, BlogByHand::carries),
          // ---- the RASP paper ----
          chars("hist_bos", ANY, "§ then letters",
              (n, r) -> Inputs.withBos(Inputs.LETTERS, n, r),
              HistBos::evaluate, PaperByHand::histBos),
          chars("hist_nobos", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              HistNobos::evaluate, BlogByHand::histogram),
          chars("hist2_bos", ANY, "§ then letters",
              (n, r) -> Inputs.withBos(Inputs.LETTERS, n, r),
              Hist2Bos::evaluate, PaperByHand::hist2Bos),
          chars("reverse", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Reverse::evaluate, BlogByHand::reverse),
          chars("sort", ANY, LETTERS, (n, r) -> Inputs.from(Inputs.LETTERS, n, r),
              Sort::evaluate, PaperByHand::sort),
          chars("sort_bos", ANY, "§ then letters",
              (n, r) -> Inputs.withBos(Inputs.LETTERS, n, r),
              SortBos::evaluate, PaperByHand::sortBos),
          chars("most_freq_bos", ANY,
              "§ then characters, each fewer than 300 times (max_len)",
              Inputs::withBosFewRepeats, MostFreqBos::evaluate, PaperByHand::mostFreqBos),
          chars("dyck1", ANY, "prefixes of nested words", (n, r) -> Inputs.nested("()", n, r),
              Dyck1::evaluate, PaperByHand::dyck1),
          chars("dyck2", ANY, "prefixes of nested words",
              (n, r) -> Inputs.nested("(){}", n, r),
              Dyck2::evaluate, PaperByHand::dyck2),
          // ---- tracr ----
          chars("tracr_pair_balance", ANY, "random '(', ')', letters",
              (n, r) -> Inputs.from("()()ab", n, r),
              TracrPairBalance::evaluate, TracrByHand::pairBalance),
          chars("tracr_shuffle_dyck2", ANY, "prefixes of nested words",
              (n, r) -> Inputs.nested("(){}", n, r),
              TracrShuffleDyck2::evaluate, t -> TracrByHand.shuffleDyck("(){}", t)),
          chars("tracr_shuffle_dyck3", ANY, "prefixes of nested words",
              (n, r) -> Inputs.nested("(){}[]", n, r),
              TracrShuffleDyck3::evaluate, t -> TracrByHand.shuffleDyck("(){}[]", t)),
          ints("tracr_sort", 400_000,
              "distinct ints spaced by more than n/100 (make_sort's tie-break); they overflow"
                  + " int beyond 400 000",
              Inputs::spacedDistinct, TracrSort::evaluate, TracrByHand::sort),
          ints("tracr_sort_unique", ANY, "a permutation of 0..n-1", Inputs::permutation,
              TracrSortUnique::evaluate, TracrByHand::sort),
          chars("tracr_sort_freq", ANY,
              "up to 100: random of 5 letters; beyond (make_sort's tie-break): 10 letters, each"
                  + " as often",
              Inputs::forSortFreq, TracrSortFreq::evaluate, TracrByHand::sortFreq),
          ints("tracr_count_less_freq", ANY, "random ints below n/2",
              (n, r) -> Inputs.below(Math.max(1, n / 2), n, r),
              TracrCountLessFreq::evaluate, TracrByHand::countLessFreq),
          chars("tracr_detect_pattern", ANY, "random 'a', 'b', 'c'",
              (n, r) -> Inputs.from("abc", n, r),
              TracrDetectPattern::evaluate, TracrByHand::detectPattern));

  /** In the catalog's order: the blog's programs, the paper's, tracr's. */
  public static List<Workload> all() {
    return ALL;
  }

  public static Optional<Workload> find(String program) {
    return ALL.stream().filter(w -> w.program().equals(program)).findFirst();
  }
}
