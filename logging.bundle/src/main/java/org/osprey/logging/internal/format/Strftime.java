package org.osprey.logging.internal.format;

import java.time.ZonedDateTime;

/** Python's {@code time.strftime}. */
public final class Strftime {
    private Strftime() {
    }

    /** {@code time.strftime(fmt, t)}; this stand-in knows only %Y %m %d %H %M %S %%. */
    public static String format(String fmt, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                out.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> out.append(String.format("%04d", t.getYear()));
                case 'm' -> out.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> out.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> out.append(String.format("%02d", t.getHour()));
                case 'M' -> out.append(String.format("%02d", t.getMinute()));
                case 'S' -> out.append(String.format("%02d", t.getSecond()));
                case '%' -> out.append('%');
                default -> throw new UnsupportedOperationException("written by i16-format");
            }
        }
        return out.toString();
    }
}
