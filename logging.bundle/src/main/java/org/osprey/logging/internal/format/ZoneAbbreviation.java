package org.osprey.logging.internal.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code tm_zone}, the abbreviation glibc takes from the tz database's TZif file ({@code CET}, {@code BST},
 * {@code +03}): Java's own zone names come from CLDR and differ (GMT for London's 1970 BST, BRT for -03). Where
 * no TZif file is found the JDK's short name stands in.
 */
final class ZoneAbbreviation {
    private static final DateTimeFormatter JAVA_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final Map<ZoneId, TzFile> FILES = new ConcurrentHashMap<>();
    private static final TzFile NONE = new TzFile(new long[0], new int[0], new String[0], null, null);

    private ZoneAbbreviation() {
    }

    static String of(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (zone instanceof ZoneOffset offset) {
            return numeric(offset.getTotalSeconds());
        }
        TzFile file = FILES.computeIfAbsent(zone, ZoneAbbreviation::read);
        String name = file.abbreviation(t);
        return name != null ? name : JAVA_NAME.format(t);
    }

    /**
     * A fixed offset: zero is {@code time.gmtime}'s zone, which glibc names GMT; any other is named in the tz
     * database's style for a zone without a name: +01, -0930.
     */
    private static String numeric(int seconds) {
        if (seconds == 0) {
            return "GMT";
        }
        int minutes = Math.abs(seconds) / 60;
        String text = String.format("%c%02d", seconds < 0 ? '-' : '+', minutes / 60);
        return minutes % 60 == 0 ? text : text + String.format("%02d", minutes % 60);
    }

    private static TzFile read(ZoneId zone) {
        String dir = System.getenv().getOrDefault("TZDIR", "/usr/share/zoneinfo");
        try {
            Path path = Path.of(dir).resolve(zone.getId()).normalize();
            if (!path.startsWith(Path.of(dir).normalize()) || !Files.isRegularFile(path)) {
                return NONE;
            }
            return TzFile.parse(ByteBuffer.wrap(Files.readAllBytes(path)));
        } catch (IOException | RuntimeException e) {
            return NONE; // unreadable or not TZif: the JDK's name stands in
        }
    }

    /** The parts of a TZif file (RFC 8536) that name a local time: transitions, their types, the footer's rule. */
    private record TzFile(long[] transitions, int[] types, String[] names, String standard, String daylight) {

        String abbreviation(ZonedDateTime t) {
            long when = t.toEpochSecond();
            if (transitions.length > 0 && when < transitions[transitions.length - 1] || standard == null) {
                int i = java.util.Arrays.binarySearch(transitions, when);
                int at = i >= 0 ? i : -i - 2;
                if (at >= 0) {
                    return names[types[at]];
                }
                return names.length > 0 ? names[0] : null;
            }
            boolean dst = daylight != null && t.getZone().getRules().isDaylightSavings(Instant.from(t));
            return dst ? daylight : standard;
        }

        static TzFile parse(ByteBuffer b) {
            if (b.getInt(0) != 0x545a6966) { // "TZif"
                throw new IllegalArgumentException("not TZif");
            }
            int version = b.get(4);
            if (version < '2') {
                throw new IllegalArgumentException("TZif version 1 has no 64-bit data");
            }
            skipBlock(b, 4);
            int[] counts = header(b);
            int timecnt = counts[3];
            int typecnt = counts[4];
            int charcnt = counts[5];
            long[] transitions = new long[timecnt];
            for (int i = 0; i < timecnt; i++) {
                transitions[i] = b.getLong();
            }
            int[] indices = new int[timecnt];
            for (int i = 0; i < timecnt; i++) {
                indices[i] = b.get() & 0xff;
            }
            int[] abbrIndex = new int[typecnt];
            for (int i = 0; i < typecnt; i++) {
                b.getInt(); // utoff
                b.get(); // isdst
                abbrIndex[i] = b.get() & 0xff;
            }
            byte[] chars = new byte[charcnt];
            b.get(chars);
            String[] names = new String[typecnt];
            for (int i = 0; i < typecnt; i++) {
                int end = abbrIndex[i];
                while (end < charcnt && chars[end] != 0) {
                    end++;
                }
                names[i] = new String(chars, abbrIndex[i], end - abbrIndex[i], StandardCharsets.US_ASCII);
            }
            b.position(b.position() + counts[2] * 12 + counts[1] + counts[0]);
            String footer = new String(b.array(), b.position(), b.remaining(), StandardCharsets.US_ASCII).trim();
            int[] types = indices;
            String[] rule = ruleNames(footer);
            return new TzFile(transitions, types, names, rule[0], rule[1]);
        }

        private static int[] header(ByteBuffer b) {
            b.position(b.position() + 20);
            int[] counts = new int[6];
            for (int i = 0; i < 6; i++) {
                counts[i] = b.getInt();
            }
            return counts;
        }

        /** Skips the version 1 header and data (32-bit times) to the version 2 header. */
        private static void skipBlock(ByteBuffer b, int timeSize) {
            b.position(0);
            int[] c = header(b);
            b.position(b.position() + c[3] * timeSize + c[3] + c[4] * 6 + c[5] + c[2] * (timeSize + 4) + c[1] + c[0]);
        }

        /** The standard and daylight names of a POSIX TZ rule such as {@code CET-1CEST,M3.5.0,M10.5.0/3}. */
        private static String[] ruleNames(String rule) {
            String[] names = new String[2];
            int i = 0;
            for (int k = 0; k < 2 && i < rule.length(); k++) {
                int start;
                int end;
                if (rule.charAt(i) == '<') {
                    start = i + 1;
                    end = rule.indexOf('>', start);
                    i = end + 1;
                } else {
                    start = i;
                    while (i < rule.length() && Character.isLetter(rule.charAt(i))) {
                        i++;
                    }
                    end = i;
                }
                if (end <= start) {
                    break;
                }
                names[k] = rule.substring(start, end);
                while (i < rule.length() && "+-0123456789:".indexOf(rule.charAt(i)) >= 0) {
                    i++;
                }
                if (i < rule.length() && rule.charAt(i) == ',') {
                    break;
                }
            }
            return names;
        }
    }
}
