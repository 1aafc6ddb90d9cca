package io.qconnect.hub.sync;

import java.io.Serializable;

/**
 * The stored data of one shop's import job: which shop and its interval when last scheduled. The
 * interval is read from the shop again after every run, so a change applies from the next run.
 */
record ShopSchedule(String shopId, int intervalMinutes) implements Serializable {}
