package org.osprey.logging.internal.format;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Python's {@code time.strftime} on Linux, which is glibc's {@code strftime} in the C locale: every directive
 * glibc knows, its flags ({@code _ - 0 ^ #}), field widths and the {@code E}/{@code O} modifiers; anything else is
 * copied as it stands, as glibc does.
 */
public final class Strftime {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private Strftime() {
    }

    /** {@code time.strftime(fmt, t)} with t's fields as the struct_time (tm_zone and tm_gmtoff from its zone). */
    public static String format(String fmt, ZonedDateTime t) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false;
            boolean swapCase = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '_' || f == '-' || f == '0') {
                    pad = f;
                } else if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swapCase = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                width = 0;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    width = (int) Math.min(Integer.MAX_VALUE / 10, width * 10L + fmt.charAt(i++) - '0');
                }
            }
            char modifier = 0;
            if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                modifier = fmt.charAt(i++);
            }
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            char directive = fmt.charAt(i++);
            Field field = new Field(pad, upper, swapCase, width);
            if (!allowed(modifier, directive) || !field.directive(out, directive, t)) {
                out.append(fmt, start, i);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char modifier, char directive) {
        if (modifier == 'E') {
            return "cCxXyY".indexOf(directive) >= 0;
        }
        if (modifier == 'O') {
            return "deHImMSuUVwWy".indexOf(directive) >= 0;
        }
        return true;
    }

    /** One conversion's flags and width. */
    private record Field(char pad, boolean upper, boolean swapCase, int width) {

        /** Writes the directive; false when glibc does not know it. */
        boolean directive(StringBuilder out, char d, ZonedDateTime t) {
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            int wday = t.getDayOfWeek().getValue() % 7;
            int yday = t.getDayOfYear() - 1;
            switch (d) {
                case 'a' -> text(out, DAYS[wday].substring(0, 3), true);
                case 'A' -> text(out, DAYS[wday], true);
                case 'b', 'h' -> text(out, MONTHS[t.getMonthValue() - 1].substring(0, 3), true);
                case 'B' -> text(out, MONTHS[t.getMonthValue() - 1], true);
                case 'c' -> text(out, format("%a %b %e %H:%M:%S %Y", t), false);
                case 'C' -> number(out, 1, Math.floorDiv(t.getYear(), 100), '0');
                case 'd' -> number(out, 2, t.getDayOfMonth(), '0');
                case 'D', 'x' -> text(out, format("%m/%d/%y", t), false);
                case 'e' -> number(out, 2, t.getDayOfMonth(), '_');
                case 'F' -> text(out, format("%Y-%m-%d", t), false);
                case 'G' -> number(out, 1, t.get(IsoFields.WEEK_BASED_YEAR), '0');
                case 'g' -> number(out, 2, Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100), '0');
                case 'H' -> number(out, 2, t.getHour(), '0');
                case 'I' -> number(out, 2, hour12, '0');
                case 'j' -> number(out, 3, yday + 1, '0');
                case 'k' -> number(out, 2, t.getHour(), '_');
                case 'l' -> number(out, 2, hour12, '_');
                case 'm' -> number(out, 2, t.getMonthValue(), '0');
                case 'M' -> number(out, 2, t.getMinute(), '0');
                case 'n' -> text(out, "\n", false);
                case 'p' -> text(out, t.getHour() < 12 ? "AM" : "PM", false, true);
                case 'P' -> text(out, t.getHour() < 12 ? "am" : "pm", false);
                case 'r' -> text(out, format("%I:%M:%S %p", t), false);
                case 'R' -> text(out, format("%H:%M", t), false);
                case 's' -> number(out, 1, t.toEpochSecond(), '0');
                case 'S' -> number(out, 2, t.getSecond(), '0');
                case 't' -> text(out, "\t", false);
                case 'T', 'X' -> text(out, format("%H:%M:%S", t), false);
                case 'u' -> number(out, 1, t.getDayOfWeek().getValue(), '0');
                case 'U' -> number(out, 2, (yday + 7 - wday) / 7, '0');
                case 'V' -> number(out, 2, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), '0');
                case 'w' -> number(out, 1, wday, '0');
                case 'W' -> number(out, 2, (yday + 7 - (wday + 6) % 7) / 7, '0');
                case 'y' -> number(out, 2, Math.floorMod(t.getYear(), 100), '0');
                case 'Y' -> number(out, 1, t.getYear(), '0');
                case 'z' -> offset(out, t.getOffset().getTotalSeconds());
                case 'Z' -> text(out, zoneName(t), false, true);
                case '%' -> text(out, "%", false);
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Names: {@code ^} upper-cases; {@code #} upper-cases names and lower-cases AM/PM and zone names. */
        private void text(StringBuilder out, String s, boolean name) {
            text(out, s, name, false);
        }

        private void text(StringBuilder out, String s, boolean name, boolean lowerWithHash) {
            if (swapCase && lowerWithHash) {
                s = s.toLowerCase(Locale.ROOT);
            } else if (upper || (swapCase && name)) {
                s = s.toUpperCase(Locale.ROOT);
            }
            int fill = width - s.length();
            if (fill > 0) {
                out.append((pad == '0' ? "0" : " ").repeat(fill));
            }
            out.append(s);
        }

        /** glibc's DO_NUMBER: at least {@code digits} digits padded by the default pad unless a flag says. */
        private void number(StringBuilder out, int digits, long value, char defaultPad) {
            char p = pad == 0 ? defaultPad : pad;
            String s = Long.toString(Math.abs(value));
            int w = width >= 0 ? width : digits;
            String sign = value < 0 ? "-" : "";
            if (p == '-') {
                out.append(sign).append(s);
                return;
            }
            int fill = w - s.length() - sign.length();
            if (p == '_') {
                out.append(" ".repeat(Math.max(0, fill))).append(sign).append(s);
            } else {
                out.append(sign).append("0".repeat(Math.max(0, fill))).append(s);
            }
        }

        private void offset(StringBuilder out, int seconds) {
            int minutes = Math.abs(seconds) / 60;
            out.append(seconds < 0 ? '-' : '+');
            new Field(pad, upper, swapCase, width < 0 ? -1 : Math.max(0, width - 1))
                    .number(out, 4, minutes / 60 * 100 + minutes % 60, '0');
        }
    }

    /** tm_zone: the zone's abbreviation (UTC for a zero offset, as glibc's tz names it). */
    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : offset.getId().replace(":", "");
        }
        String name = ZONE_NAME.format(t);
        return name.isEmpty() ? t.getZone().getDisplayName(TextStyle.SHORT, Locale.US) : name;
    }
}
