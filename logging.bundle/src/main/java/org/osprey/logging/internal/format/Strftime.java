package org.osprey.logging.internal.format;

import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Python's {@code time.strftime} on Linux, which is glibc's {@code strftime} in the C locale: every directive
 * glibc knows, its flags ({@code _ - 0 ^ #}), field widths and the {@code E}/{@code O} modifiers; anything else is
 * copied as it stands, as glibc does. {@code %s} is t's epoch second: glibc's {@code mktime} of the fields in
 * the process's TZ gives the same when t is in the local zone, as logging's times are.
 */
public final class Strftime {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private Strftime() {
    }

    /** {@code time.strftime(fmt, t)} with t's fields as the struct_time (tm_zone and tm_gmtoff from its zone). */
    public static String format(String fmt, ZonedDateTime t) {
        if (fmt.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character");
        }
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
            boolean changeCase = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '_' || f == '-' || f == '0') {
                    pad = f;
                } else if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    changeCase = true;
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
            Field field = new Field(out, pad, upper, changeCase, width);
            if (i >= n) {
                field.add(upper ? fmt.substring(start).toUpperCase(Locale.ROOT) : fmt.substring(start));
                break; // glibc copies a spec cut short by the end, padded to its width
            }
            char directive = fmt.charAt(i++);
            if (!allowed(modifier, directive) || !field.directive(directive, t)) {
                // copied as it stands; upper-cased by ^, and by # where glibc reads # before rejecting
                boolean upperCased = upper || changeCase && "bhB".indexOf(directive) >= 0;
                String spec = fmt.substring(start, i);
                field.add(upperCased ? spec.toUpperCase(Locale.ROOT) : spec);
            }
        }
        return out.toString();
    }

    /** The directives glibc 2.36 accepts after E and after O (the others are copied as they stand). */
    private static boolean allowed(char modifier, char directive) {
        if (modifier == 'E') {
            return "cnprstuxyzCPRTXYZ%".indexOf(directive) >= 0;
        }
        if (modifier == 'O') {
            return "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%".indexOf(directive) >= 0;
        }
        return true;
    }

    /** One conversion's flags and width, written as glibc's {@code strftime_l.c} does. */
    private static final class Field {
        private final StringBuilder out;
        private char pad;
        private final boolean upper;
        private final boolean changeCase;
        private int width;

        Field(StringBuilder out, char pad, boolean upper, boolean changeCase, int width) {
            this.out = out;
            this.pad = pad;
            this.upper = upper;
            this.changeCase = changeCase;
            this.width = width;
        }

        /** Writes the directive; false when glibc does not know it. */
        boolean directive(char d, ZonedDateTime t) {
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            int wday = t.getDayOfWeek().getValue() % 7;
            int yday = t.getDayOfYear() - 1;
            switch (d) {
                case 'a' -> name(DAYS[wday].substring(0, 3));
                case 'A' -> name(DAYS[wday]);
                case 'b', 'h' -> name(MONTHS[t.getMonthValue() - 1].substring(0, 3));
                case 'B' -> name(MONTHS[t.getMonthValue() - 1]);
                case 'c' -> sub("%a %b %e %H:%M:%S %Y", t);
                case 'C' -> number(1, Math.floorDiv(t.getYear(), 100));
                case 'd' -> number(2, t.getDayOfMonth());
                case 'D', 'x' -> sub("%m/%d/%y", t);
                case 'e' -> spacePadded(2, t.getDayOfMonth());
                case 'F' -> sub("%Y-%m-%d", t);
                case 'G' -> number(1, t.get(IsoFields.WEEK_BASED_YEAR));
                case 'g' -> number(2, Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100));
                case 'H' -> number(2, t.getHour());
                case 'I' -> number(2, hour12);
                case 'j' -> number(3, yday + 1);
                case 'k' -> spacePadded(2, t.getHour());
                case 'l' -> spacePadded(2, hour12);
                case 'm' -> number(2, t.getMonthValue());
                case 'M' -> number(2, t.getMinute());
                case 'n' -> add("\n");
                case 'p' -> lowerWithHash(t.getHour() < 12 ? "AM" : "PM");
                case 'P' -> add(t.getHour() < 12 ? "am" : "pm");
                case 'r' -> sub("%I:%M:%S %p", t);
                case 'R' -> sub("%H:%M", t);
                case 's' -> signAndPadding(1, t.toEpochSecond());
                case 'S' -> number(2, t.getSecond());
                case 't' -> add("\t");
                case 'T', 'X' -> sub("%H:%M:%S", t);
                case 'u' -> number(1, t.getDayOfWeek().getValue());
                case 'U' -> number(2, (yday + 7 - wday) / 7);
                case 'V' -> number(2, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case 'w' -> number(1, wday);
                case 'W' -> number(2, (yday + 7 - (wday + 6) % 7) / 7);
                case 'y' -> number(2, Math.floorMod(t.getYear(), 100));
                case 'Y' -> number(1, t.getYear());
                case 'z' -> {
                    int seconds = t.getOffset().getTotalSeconds();
                    add(seconds < 0 ? "-" : "+");
                    int minutes = Math.abs(seconds) / 60;
                    number(4, minutes / 60 * 100 + minutes % 60);
                }
                case 'Z' -> lowerWithHash(ZoneAbbreviation.of(t));
                case '%' -> add("%");
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Day and month names: {@code #} upper-cases them, as {@code ^} does. */
        private void name(String s) {
            add(upper || changeCase ? s.toUpperCase(Locale.ROOT) : s);
        }

        /** AM/PM and the zone name: {@code #} lower-cases them. */
        private void lowerWithHash(String s) {
            add(changeCase ? s.toLowerCase(Locale.ROOT) : upper ? s.toUpperCase(Locale.ROOT) : s);
        }

        /** A composite directive: its own expansion, padded and upper-cased as one. */
        private void sub(String format, ZonedDateTime t) {
            String s = Strftime.format(format, t);
            add(upper ? s.toUpperCase(Locale.ROOT) : s);
        }

        /** glibc's {@code add}: the text right-aligned in the width, by zeros for the 0 flag, else spaces. */
        private void add(String s) {
            int delta = width - s.length();
            if (delta > 0) {
                out.append((pad == '0' ? "0" : " ").repeat(delta));
            }
            out.append(s);
        }

        /** glibc's DO_NUMBER_SPACEPAD: spaces unless a flag says otherwise. */
        private void spacePadded(int digits, long value) {
            if (pad == 0) {
                pad = '_';
            }
            number(digits, value);
        }

        /** glibc's DO_NUMBER: at least {@code digits} digits, or the width if wider. */
        private void number(int digits, long value) {
            signAndPadding(Math.max(digits, width), value);
        }

        /** glibc's {@code do_number_sign_and_padding}. */
        private void signAndPadding(int digits, long value) {
            String s = (value < 0 ? "-" : "") + Math.abs(value);
            if (pad != '-') {
                int padding = digits - s.length();
                if (padding > 0) {
                    if (pad == '_') {
                        out.append(" ".repeat(padding));
                        width = width > padding ? width - padding : 0;
                    } else {
                        if (value < 0) {
                            out.append('-');
                            s = s.substring(1);
                        }
                        out.append("0".repeat(padding));
                        width = 0;
                    }
                }
            }
            add(s);
        }
    }
}
