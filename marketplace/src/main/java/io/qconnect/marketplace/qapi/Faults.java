package io.qconnect.marketplace.qapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The active fault rules; the first matching rule that fires decides a call's fault. */
public final class Faults {
  private final List<Rule> rules = new ArrayList<>();
  private final java.util.EnumMap<Fault.Kind, Long> hits =
      new java.util.EnumMap<>(Fault.Kind.class);
  private final RandomGenerator random;

  private static final class Rule {
    private final Fault fault;
    private int remaining;

    private Rule(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times() <= 0 ? -1 : fault.times();
    }
  }

  public Faults(RandomGenerator random) {
    this.random = random;
  }

  public synchronized void add(Fault f) {
    rules.add(new Rule(f));
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
      if (!r.fault.matches(fullMethodName) || random.nextDouble() >= r.fault.probability()) {
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
