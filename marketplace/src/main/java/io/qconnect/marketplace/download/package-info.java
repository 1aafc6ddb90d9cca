/**
 * ItemsLookup.RequestFileDownload (docs/qapi.md §7.10): export requests and the CSV files they give
 * out at {@code /qapi-files/<token>}.
 */
package io.qconnect.marketplace.download;
