package io.qconnect.hub.stock;

import java.time.Instant;

/** Something an item import found changed on Qoo10 (an option added, removed or recoded). */
public record ItemChange(String itemCode, String kind, String note, Instant at) {}
