package io.qconnect.app.console.hubui;

import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The two charts of the hub, computed on the server and drawn as inline SVG: orders per hour (by
 * Qoo10 order date) and import lag per hour (minutes from the payment date, or the order date for
 * an unpaid line, to the moment the hub first saw the line), over the last 24 hours in Japan time.
 */
public final class Charts {
  static final int HOURS = 24;
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 240;
  private static final int LEFT = 52;
  private static final int BOTTOM = 26;
  private static final int TOP = 12;

  /**
   * One bar: its box, the hour it stands for, and the value as a tooltip; {@code failed} stacks a
   * second, red part on top of it (failed runs), of height {@code failedH}.
   */
  public record Bar(
      int x,
      int y,
      int w,
      int h,
      String hour,
      String value,
      boolean labelled,
      int failedH,
      String failed) {
    public int labelX() {
      return x + w / 2;
    }

    /** The top of the red part. */
    public int failedY() {
      return y - failedH;
    }
  }

  /** A horizontal grid line with its value. */
  public record Tick(int y, String label) {}

  /** A chart ready to draw. */
  public record BarChart(
      int width, int height, int left, int baseline, List<Bar> bars, List<Tick> ticks) {
    public int labelY() {
      return height - 8;
    }
  }

  /** Lag figures over the window, in minutes. */
  public record LagSummary(int lines, long median, long p95, long max) {}

  private Charts() {}

  /** The first hour of the window: 23 hours before the current hour (JST). */
  static LocalDateTime windowStart(Instant now) {
    return LocalDateTime.ofInstant(now, QapiDates.JST)
        .truncatedTo(ChronoUnit.HOURS)
        .minusHours(HOURS - 1);
  }

  static BarChart ordersPerHour(List<OrderLine> lines, Instant now) {
    LocalDateTime start = windowStart(now);
    double[] counts = new double[HOURS];
    for (OrderLine l : lines) {
      int h = hourIndex(start, l.orderDate());
      if (h >= 0) {
        counts[h]++;
      }
    }
    return chart(start, counts, "%.0f");
  }

  static BarChart lagPerHour(List<OrderLine> lines, Instant now) {
    LocalDateTime start = windowStart(now);
    double[] sum = new double[HOURS];
    int[] n = new int[HOURS];
    for (OrderLine l : lines) {
      LocalDateTime paid = paidAt(l);
      int h = hourIndex(start, paid);
      if (h >= 0 && l.firstSeenAt() != null) {
        sum[h] += lagMinutes(l);
        n[h]++;
      }
    }
    double[] avg = new double[HOURS];
    for (int i = 0; i < HOURS; i++) {
      avg[i] = n[i] == 0 ? 0 : sum[i] / n[i];
    }
    return chart(start, avg, "%.1f");
  }

  static LagSummary lagSummary(List<OrderLine> lines, Instant now) {
    LocalDateTime start = windowStart(now);
    List<Long> lags = new ArrayList<>();
    for (OrderLine l : lines) {
      if (l.firstSeenAt() != null && hourIndex(start, paidAt(l)) >= 0) {
        lags.add(lagMinutes(l));
      }
    }
    lags.sort(null);
    if (lags.isEmpty()) {
      return new LagSummary(0, 0, 0, 0);
    }
    return new LagSummary(
        lags.size(),
        lags.get(lags.size() / 2),
        lags.get(Math.min(lags.size() - 1, (int) Math.ceil(lags.size() * 0.95) - 1)),
        lags.get(lags.size() - 1));
  }

  private static LocalDateTime paidAt(OrderLine l) {
    return l.paymentDate() != null ? l.paymentDate() : l.orderDate();
  }

  private static long lagMinutes(OrderLine l) {
    Instant paid = paidAt(l).atZone(QapiDates.JST).toInstant();
    return Math.max(0, Duration.between(paid, l.firstSeenAt()).toMinutes());
  }

  private static int hourIndex(LocalDateTime start, LocalDateTime t) {
    if (t == null || t.isBefore(start)) {
      return -1;
    }
    long h = ChronoUnit.HOURS.between(start, t);
    return h < HOURS ? (int) h : -1;
  }

  private static BarChart chart(LocalDateTime start, double[] values, String format) {
    return chart(start, values, new double[HOURS], format);
  }

  /** Bars of {@code values}, each with {@code failed} stacked on top in red. */
  static BarChart chart(LocalDateTime start, double[] values, double[] failed, String format) {
    double max = 0;
    for (int i = 0; i < HOURS; i++) {
      max = Math.max(max, values[i] + failed[i]);
    }
    double top = niceTop(max);
    int plotH = HEIGHT - BOTTOM - TOP;
    int step = (WIDTH - LEFT - 8) / HOURS;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < HOURS; i++) {
      int h = (int) Math.round(values[i] / top * plotH);
      int fh = (int) Math.round(failed[i] / top * plotH);
      String hour = String.format("%02d:00", start.plusHours(i).getHour());
      bars.add(
          new Bar(
              LEFT + i * step + 2,
              TOP + plotH - h,
              step - 4,
              h,
              hour,
              String.format(format, values[i]),
              i % 3 == 0,
              fh,
              String.format("%.0f", failed[i])));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      ticks.add(new Tick(TOP + plotH - plotH * k / 4, String.format("%.0f", top * k / 4)));
    }
    return new BarChart(WIDTH, HEIGHT, LEFT, TOP + plotH, bars, ticks);
  }

  /** A round upper bound for the axis: 4, 8, 20, 40, 80, 200, ... */
  static double niceTop(double max) {
    if (max <= 4) {
      return 4;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 2, 4, 5, 8, 10}) {
      if (m * magnitude >= max) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
