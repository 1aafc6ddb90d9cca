package io.qconnect.marketplace.qapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The active fault rules; the first matching rule that fires decides a call's fault. A rule draws
 * from its own seeded generator when it was added with a seed, else from the marketplace's (seeded
 * from the configuration): either way the same seed and the same calls give the same faults.
 */
public final class Faults {
  private final List<Rule> rules = new ArrayList<>();
  private final java.util.EnumMap<Fault.Kind, Long> hits =
      new java.util.EnumMap<>(Fault.Kind.class);
  private final RandomGenerator random;

  private static final class Rule {
    private final Fault fault;
    private final RandomGenerator random;
    private int remaining;

    private Rule(Fault fault, RandomGenerator random) {
      this.fault = fault;
      this.random = random;
      this.remaining = fault.times() <= 0 ? -1 : fault.times();
    }
  }

  public Faults(RandomGenerator random) {
    this.random = random;
  }

  /** Adds a rule that draws from the marketplace's generator. */
  public synchronized void add(Fault f) {
    rules.add(new Rule(f, random));
  }

  /** Adds a rule with its own generator: its faults depend only on the seed and its calls. */
  public synchronized void add(Fault f, long seed) {
    rules.add(new Rule(f, new SplittableRandom(seed)));
  }

  public synchronized void clear() {
    rules.clear();
  }

  /** How many calls each kind of fault has hit since the marketplace started. */
  public synchronized java.util.Map<Fault.Kind, Long> hits() {
    return new java.util.EnumMap<>(hits);
  }

  public synchronized List<Fault> active() {
    return rules.stream().map(r -> r.fault).toList();
  }

  /** Draws the fault for one call, consuming one of the rule's {@code times}. */
  public synchronized Optional<Fault> draw(String fullMethodName) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule r = it.next();
      if (!r.fault.matches(fullMethodName) || r.random.nextDouble() >= r.fault.probability()) {
        continue;
      }
      if (r.remaining > 0 && --r.remaining == 0) {
        it.remove();
      }
      hits.merge(r.fault.kind(), 1L, Long::sum);
      return Optional.of(r.fault);
    }
    return Optional.empty();
  }
}
