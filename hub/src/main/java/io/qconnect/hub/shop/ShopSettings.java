package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the hub works one shop.
 *
 * @param statuses the Qoo10 statuses whose orders are imported: 2 (配送要請/新規注文, new) and/or 3
 *     (配送要請/配送準備, confirmed). Default both: an order whose estimated ship date was entered in QSM
 *     before the hub saw it is already in 3, and fetching 2 alone would never import it.
 * @param lookbackDays how far back each scheduled run looks (payment date), 1–90, default 7
 * @param intervalMinutes minutes between scheduled runs, 1–60, default 5
 * @param autoImport Automatic Order Integration: import on the schedule (off: only on demand)
 * @param autoConfirm Automatic Order Confirmation: confirm new lines on Qoo10 with an estimated
 *     ship date (default off)
 * @param confirmBusinessDays the estimated ship date is this many Japanese business days after
 *     payment, 1–14, default 2
 * @param renewBeforeDays re-issue the certification key this many days before it expires, 1–90,
 *     default 30
 */
public record ShopSettings(
    List<Integer> statuses,
    int lookbackDays,
    int intervalMinutes,
    boolean autoImport,
    boolean autoConfirm,
    int confirmBusinessDays,
    int renewBeforeDays) {

  public ShopSettings {
    Objects.requireNonNull(statuses, "statuses");
    statuses = statuses.stream().distinct().sorted().toList();
    if (statuses.isEmpty() || !List.of(2, 3).containsAll(statuses)) {
      throw new HubException(
          "statuses must be 2 (new order), 3 (order confirmed) or both, not " + statuses);
    }
    range("lookbackDays", lookbackDays, 1, 90);
    range("intervalMinutes", intervalMinutes, 1, 60);
    range("confirmBusinessDays", confirmBusinessDays, 1, 14);
    range("renewBeforeDays", renewBeforeDays, 1, 90);
  }

  public static ShopSettings defaults() {
    return new ShopSettings(List.of(2, 3), 7, 5, true, false, 2, 30);
  }

  /** These settings importing {@code statuses} (2, 3 or both). */
  public ShopSettings withStatuses(Integer... statuses) {
    return new ShopSettings(
        List.of(statuses),
        lookbackDays,
        intervalMinutes,
        autoImport,
        autoConfirm,
        confirmBusinessDays,
        renewBeforeDays);
  }

  public ShopSettings withLookbackDays(int lookbackDays) {
    return new ShopSettings(
        statuses,
        lookbackDays,
        intervalMinutes,
        autoImport,
        autoConfirm,
        confirmBusinessDays,
        renewBeforeDays);
  }

  public ShopSettings withIntervalMinutes(int intervalMinutes) {
    return new ShopSettings(
        statuses,
        lookbackDays,
        intervalMinutes,
        autoImport,
        autoConfirm,
        confirmBusinessDays,
        renewBeforeDays);
  }

  /** These settings with automatic import and automatic confirmation on or off. */
  public ShopSettings withAutomation(boolean autoImport, boolean autoConfirm) {
    return new ShopSettings(
        statuses,
        lookbackDays,
        intervalMinutes,
        autoImport,
        autoConfirm,
        confirmBusinessDays,
        renewBeforeDays);
  }

  /** Settings that work but lose orders or need a person; shown when the shop is saved. */
  public List<String> warnings() {
    List<String> w = new ArrayList<>();
    if (statuses.equals(List.of(2))) {
      w.add(
          "Only status 2 (new orders) is fetched: an order whose estimated shipping date is entered"
              + " in QSM before the hub imports it moves to status 3 and will never be imported."
              + " Fetch statuses 2 and 3.");
    }
    if (statuses.equals(List.of(3))) {
      w.add(
          "Only status 3 (confirmed orders) is fetched: new orders appear only after someone"
              + " confirms them in QSM, and automatic confirmation cannot work.");
    }
    if (!autoImport) {
      w.add("Automatic import is off: orders are imported only when a sync is started by hand.");
    }
    return List.copyOf(w);
  }

  /** The statuses as stored: {@code 2,3}. */
  String statusesText() {
    return String.join(",", statuses.stream().map(String::valueOf).toList());
  }

  static List<Integer> parseStatuses(String text) {
    return List.of(text.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new HubException(name + " must be " + min + "–" + max + ", not " + value);
    }
  }
}
