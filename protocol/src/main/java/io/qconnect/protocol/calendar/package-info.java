/**
 * The Japanese business calendar: which days are statutory holidays and which are business days.
 *
 * <p>Start with {@link io.qconnect.protocol.calendar.JapaneseBusinessCalendar#standard()} for
 * business-day arithmetic (next business day, N business days later, days between), or {@link
 * io.qconnect.protocol.calendar.JapaneseHolidays} to ask why a day is off. Holidays are computed
 * from the rules of the holiday law and its amendments ({@code NationalHolidayRules}), the equinox
 * formula ({@code Equinoxes}) and the substitute and citizens' holiday rules, for the years 1955 to
 * 2099. Tests check them against a published list of every holiday from 1970 to 2050.
 */
package io.qconnect.protocol.calendar;
