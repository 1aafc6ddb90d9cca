package io.qconnect.marketplace.notice;

import java.util.Optional;

/** The template groups of the picker, exactly in the seed's order (R25). */
public enum TemplateGroup {
  STOCKGEAR("StockGear Template"),
  NEXTENGINE("NextEngine Template"),
  CROSSMALL("CrossMall Template"),
  ZAIKOROBOT("ZaikoRobot Template"),
  BASIC("Basic Template"),
  JP_AGENCY("[JP]Agency Template"),
  BOOXSALES("BooxSales Template"),
  TSUHAN_SURU_KURA("通販する蔵 Template"),
  SOFTEL("Softel Template"),
  EXTERNAL_ORDER("External Order Template");

  private final String label;

  TemplateGroup(String label) {
    this.label = label;
  }

  /** The name QSM shows ("NextEngine Template"). */
  public String label() {
    return label;
  }

  /** The group named by its constant ("NEXTENGINE"), its label or its label without " Template". */
  public static Optional<TemplateGroup> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    for (TemplateGroup g : values()) {
      if (g.name().equalsIgnoreCase(n)
          || g.label.equalsIgnoreCase(n)
          || g.label.replace(" Template", "").equalsIgnoreCase(n)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
