/**
 * Writing CSV for people who open it in a spreadsheet: {@link io.qconnect.protocol.csv.CsvCells}
 * makes each cell inert (no formula runs when the file is opened) and quotes it. Every CSV the
 * system writes goes through it.
 */
package io.qconnect.protocol.csv;
