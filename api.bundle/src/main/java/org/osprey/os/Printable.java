package org.osprey.os;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CPython 3.13's {@code str.isprintable()} for one code point, from its table (unprintable.txt) rather than from
 * {@code Character.getType}: JDK 17's Unicode is older than CPython's, and repr must escape exactly as CPython does.
 */
final class Printable {
    /** Starts and ends (inclusive) of the unprintable runs, interleaved and ascending. */
    private static final int[] RUNS = load();

    private Printable() {
    }

    static boolean test(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return true;
        }
        int i = Arrays.binarySearch(RUNS, cp);
        // found: cp is a run's start or end; else the insertion point is odd inside a run
        return i < 0 && (-i - 1) % 2 == 0;
    }

    private static int[] load() {
        try (InputStream in = Printable.class.getResourceAsStream("unprintable.txt")) {
            if (in == null) {
                throw new IllegalStateException("unprintable.txt is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            return reader.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Arrays.stream(l.split(" ")))
                    .mapToInt(h -> Integer.parseInt(h, 16)).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
