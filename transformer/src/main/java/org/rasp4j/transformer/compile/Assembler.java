package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.RaspException;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Readout;
import org.rasp4j.transformer.model.Block;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;
import org.rasp4j.transformer.model.Mlp;
import org.rasp4j.transformer.model.Weights;

/** Turns a plan into weights: the layout, each layer's heads and MLP, the embeddings, the read-out. */
final class Assembler {
  /** The most weights a model may hold: 2^25 doubles, 256 MB. */
  static final long MAX_WEIGHTS = 1L << 25;

  private final Planner plan;
  private final Layout layout = new Layout();
  private final int layers;

  /** An MLP table to build: a planned MLP base, or the decoder of a head's output. */
  private record Job(Base output, List<SopNode> targets, List<Base> sources, int layer) {}

  Assembler(Planner plan) {
    this.plan = plan;
    int last = -1;
    for (HeadPlan head : plan.heads) {
      last = Math.max(last, head.layer());
    }
    for (MlpPlan mlp : plan.mlps) {
      last = Math.max(last, mlp.layer());
    }
    this.layers = last + 1;
  }

  CompiledTransformer assemble(String name, String outputName, ElementType tokenType) {
    Set<Base> read = readOneHots();
    layout.add(plan.tokens);
    layout.add(plan.indices);
    List<List<Job>> jobs = new ArrayList<>();
    List<List<HeadPlan>> heads = new ArrayList<>();
    for (int layer = 0; layer < layers; layer++) {
      jobs.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (HeadPlan head : plan.heads) {
      heads.get(head.layer()).add(head);
      if (!head.direct()) {
        layout.addAttention(head);
      }
    }
    for (int layer = 0; layer < layers; layer++) {
      for (HeadPlan head : heads.get(layer)) {
        if (head.direct()) {
          layout.add(head.output()); // written by the head itself
        } else if (read.contains(head.output())) {
          layout.add(head.output());
          jobs.get(layer).add(new Job(head.output(), List.of(head.node()),
              List.of(head.output()), layer));
        }
      }
      for (MlpPlan mlp : plan.mlps) {
        if (mlp.layer() == layer) {
          layout.add(mlp.output());
          jobs.get(layer).add(new Job(mlp.output(), mlp.targets(), mlp.sources(), layer));
        }
      }
    }
    MlpNeurons neurons = new MlpNeurons(plan.views, layout, plan.headOf);
    List<List<Neuron>> hidden = new ArrayList<>();
    for (List<Job> layerJobs : jobs) {
      List<Neuron> units = new ArrayList<>();
      for (Job job : layerJobs) {
        units.addAll(neurons.of(job.output(), job.targets(), job.sources(), job.layer()));
      }
      hidden.add(units);
    }
    for (HeadPlan head : plan.heads) {
      if (head.direct()) {
        // relu(bos) = 1 at BOS alone: remove the default's one-hot the head wrote there
        Object fallback = ((org.rasp4j.ir.Aggregate) head.node()).effectiveDefault();
        hidden.get(head.layer()).add(new Neuron(Map.of(Layout.BOS, 1.0), 0,
            Map.of(layout.dim(head.output(), fallback), -1.0)));
      }
    }
    int dModel = layout.size();
    int nHeads = 1;
    int dHead = 1;
    int dMlp = 1;
    for (int layer = 0; layer < layers; layer++) {
      nHeads = Math.max(nHeads, heads.get(layer).size());
      dMlp = Math.max(dMlp, hidden.get(layer).size());
      for (HeadPlan head : heads.get(layer)) {
        dHead = Math.max(dHead, HeadWeights.keySize(head));
      }
    }
    int vocabulary = plan.domain.vocabulary().size() + 1;
    int nCtx = plan.domain.maxSeqLen() + 1;
    long count = (long) layers * ((long) nHeads * 4 * dModel * dHead + 2L * dModel * dMlp + dMlp)
        + (long) (vocabulary + nCtx) * dModel;
    if (count > MAX_WEIGHTS) {
      // Value sets multiply along chains of sums and tables: refuse, naming the program's output,
      // before allocating what would not fit (the sizes say where it grew).
      throw new RaspException(plan.root.describe(), -1, "its transformer would hold " + count
          + " weights (d_model " + dModel + ", d_head " + dHead + ", d_mlp " + dMlp + ", "
          + layers + " layers), more than the " + MAX_WEIGHTS + " this compiler builds: use a"
          + " smaller vocabulary or length, or fewer distinct values");
    }
    if (plan.numericOutput != null) {
      requireNumericPrecision(neurons.precision);
    }
    List<Block> blocks = new ArrayList<>();
    for (int layer = 0; layer < layers; layer++) {
      List<Head> layerHeads = new ArrayList<>();
      for (HeadPlan head : heads.get(layer)) {
        // a direct head's one-hot is read with ramps a quarter wide, and its leak goes into
        // products of one-hots: keep it below a millionth
        double precision = head.direct()
            ? 1e-6 : neurons.precision.getOrDefault(head, head.gap() / 8);
        layerHeads.add(HeadWeights.of(head, layout, dModel, dHead,
            HeadWeights.scale(head, precision, plan.domain.maxSeqLen())));
      }
      while (layerHeads.size() < nHeads) {
        layerHeads.add(new Head(Matrix.zeros(dModel, dHead), Matrix.zeros(dModel, dHead),
            Matrix.zeros(dModel, dHead), Matrix.zeros(dHead, dModel)));
      }
      blocks.add(new Block(layerHeads, mlp(hidden.get(layer), dModel, dMlp)));
    }
    List<Object> outputValues;
    Matrix unembed;
    if (plan.numericOutput != null) {
      outputValues = plan.numericValues;
      unembed = numericUnembed(dModel, neurons.precision);
    } else {
      Side output = plan.output;
      outputValues = outputValues(output);
      unembed = Matrix.zeros(dModel, outputValues.size());
      for (int i = 0; i < output.size(); i++) {
        Object value = output.sopValues().get(i).get(0);
        if (value != Views.ERROR) {
          int row = output.constant()
              ? Layout.ONE : layout.dim(output.base(), output.baseValues().get(i));
          unembed.data()[row * unembed.cols() + outputValues.indexOf(value)] = 1;
        }
      }
    }
    Config config = new Config(layers, nHeads, dModel, dHead, dMlp, vocabulary, nCtx,
        unembed.cols());
    Weights weights = new Weights(config, tokenEmbedding(vocabulary, dModel),
        positionEmbedding(nCtx, dModel), blocks, unembed);
    return new CompiledTransformer(name, weights, layout.labels(), tokenType,
        plan.domain.vocabulary(), plan.domain.maxSeqLen(), outputName, outputValues,
        plan.numericOutput != null ? Readout.NEAREST : Readout.ARGMAX);
  }

  private HeadPlan meanHead(SopNode mean) {
    return plan.headOf.get(plan.views.support(mean).iterator().next());
  }

  /**
   * The means of a numerical output must be precise enough that their weighted sum lands nearer
   * its own value than any other: within a quarter of the smallest gap between two values.
   */
  private void requireNumericPrecision(Map<HeadPlan, Double> precision) {
    List<Object> values = plan.numericValues;
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < values.size(); i++) {
      gap = Math.min(gap,
          ((Number) values.get(i)).doubleValue() - ((Number) values.get(i - 1)).doubleValue());
    }
    if (gap == Double.POSITIVE_INFINITY) {
      gap = 1;
    }
    double allowed = gap / (8 * Math.max(1, plan.numericOutput.weight()));
    for (SopNode mean : plan.numericOutput.terms().keySet()) {
      precision.merge(meanHead(mean), allowed, Math::min);
    }
  }

  /** One logit: the output's number, the weighted sum of its means' attention outputs. */
  private Matrix numericUnembed(int dModel, Map<HeadPlan, Double> precision) {
    Matrix unembed = Matrix.zeros(dModel, 1);
    plan.numericOutput.terms().forEach((mean, weight) ->
        unembed.data()[layout.attention(meanHead(mean))] += weight);
    unembed.data()[Layout.ONE] += plan.numericOutput.constant();
    return unembed;
  }

  /** The heads' outputs that something reads as a one-hot, and so need their decoder. */
  private Set<Base> readOneHots() {
    Set<Base> read = new LinkedHashSet<>();
    for (HeadPlan head : plan.heads) {
      for (Group group : head.groups()) {
        addBase(read, group.keys());
        addBase(read, group.queries());
      }
      if (head.values() != null) {
        addBase(read, head.values());
      }
    }
    for (MlpPlan mlp : plan.mlps) {
      for (Base source : mlp.sources()) {
        if (source.layer < mlp.layer()) {
          read.add(source);
        }
      }
    }
    if (plan.output != null) {
      addBase(read, plan.output);
    }
    return read;
  }

  private static void addBase(Set<Base> read, Side side) {
    if (!side.constant()) {
      read.add(side.base());
    }
  }

  private static List<Object> outputValues(Side output) {
    Set<Object> values = new LinkedHashSet<>();
    for (List<Object> value : output.sopValues()) {
      if (value.get(0) != Views.ERROR) {
        values.add(value.get(0));
      }
    }
    return ValueOrder.sorted(values);
  }

  private Matrix tokenEmbedding(int vocabulary, int dModel) {
    Matrix m = Matrix.zeros(vocabulary, dModel);
    m.data()[Layout.ONE] = 1;
    m.data()[Layout.BOS] = 1;
    for (int id = 1; id < vocabulary; id++) {
      m.data()[id * dModel + Layout.ONE] = 1;
      m.data()[id * dModel + layout.dim(plan.tokens, plan.domain.vocabulary().get(id - 1))] = 1;
    }
    return m;
  }

  private Matrix positionEmbedding(int nCtx, int dModel) {
    Matrix m = Matrix.zeros(nCtx, dModel);
    for (int p = 1; p < nCtx; p++) {
      m.data()[p * dModel + layout.dim(plan.indices, p - 1)] = 1;
    }
    return m;
  }

  private static Mlp mlp(List<Neuron> neurons, int dModel, int dMlp) {
    Matrix in = Matrix.zeros(dModel, dMlp);
    double[] bias = new double[dMlp];
    Matrix out = Matrix.zeros(dMlp, dModel);
    for (int h = 0; h < neurons.size(); h++) {
      Neuron neuron = neurons.get(h);
      final int unit = h;
      neuron.in().forEach((dim, w) -> in.data()[dim * dMlp + unit] += w);
      bias[h] = neuron.bias();
      neuron.out().forEach((dim, w) -> out.data()[unit * dModel + dim] += w);
    }
    return new Mlp(in, bias, out, new double[dModel]);
  }
}
