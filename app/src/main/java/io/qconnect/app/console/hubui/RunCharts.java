package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Expiry;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The operator's health charts: sync runs per hour over the last 24 hours (succeeded, failed on top
 * in red) and each shop's days left before its certification key expires (one bar per shop,
 * coloured as the shop list colours the countdown).
 */
public final class RunCharts {
  private static final int WIDTH = 1200;
  private static final int LEFT = 160;
  private static final int ROW = 26;
  private static final int TOP = 8;
  private static final int SCALE_DAYS = 365;

  private RunCharts() {}

  /** One shop's key: its bar ({@code w} pixels for the days left) and its label. */
  public record KeyBar(String shopId, long daysLeft, int y, int w, String css, Instant expires) {
    public int textY() {
      return y + 15;
    }
  }

  /** The key-expiry chart: one bar per shop, soonest first, on a scale of one year. */
  public record KeyChart(int width, int height, int left, List<KeyBar> bars, List<Integer> ticks) {
    /** The x of {@code days} on the scale. */
    public int x(int days) {
      return left + (int) ((long) (width - left - 240) * days / SCALE_DAYS);
    }
  }

  /** Runs per hour of their start (JST): the succeeded ones, and the failed ones stacked above. */
  static Charts.BarChart runsPerHour(List<SyncRun> runs, Instant now) {
    LocalDateTime start = Charts.windowStart(now);
    double[] ok = new double[Charts.HOURS];
    double[] failed = new double[Charts.HOURS];
    for (SyncRun r : runs) {
      if (r.startedAt() == null || r.outcome() == SyncRun.Outcome.RUNNING) {
        continue;
      }
      LocalDateTime at = LocalDateTime.ofInstant(r.startedAt(), QapiDates.JST);
      if (at.isBefore(start)) {
        continue;
      }
      long h = ChronoUnit.HOURS.between(start, at);
      if (h < Charts.HOURS) {
        if (r.outcome() == SyncRun.Outcome.FAILED) {
          failed[(int) h]++;
        } else {
          ok[(int) h]++;
        }
      }
    }
    return Charts.chart(start, ok, failed, "%.0f");
  }

  /** The shops' keys, soonest expiry first (shops without a key yet are left out). */
  static KeyChart keys(List<Shop> shops, Instant now) {
    List<Shop> sorted =
        shops.stream()
            .filter(Shop::hasKey)
            .sorted(Comparator.comparing(Shop::keyExpiresAt))
            .toList();
    KeyChart frame = new KeyChart(WIDTH, 0, LEFT, List.of(), List.of());
    List<KeyBar> bars = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Shop s = sorted.get(i);
      long days = s.daysUntilExpiry(now);
      int clamped = (int) Math.max(0, Math.min(SCALE_DAYS, days));
      bars.add(
          new KeyBar(
              s.shopId(),
              days,
              TOP + i * ROW,
              Math.max(2, frame.x(clamped) - LEFT),
              Expiry.of(days).css(),
              s.keyExpiresAt()));
    }
    return new KeyChart(
        WIDTH, TOP * 2 + Math.max(1, bars.size()) * ROW + 18, LEFT, bars, List.of(7, 60, 180, 365));
  }
}
