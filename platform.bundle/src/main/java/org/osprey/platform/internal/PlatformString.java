package org.osprey.platform.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** CPython's {@code _platform(*args)}: the non-empty parts joined by {@code -}, made safe for a file name. */
final class PlatformString {
    private PlatformString() {
    }

    static String of(String... parts) {
        String s = Arrays.stream(parts).filter(p -> !p.isEmpty()).map(String::strip)
                .collect(Collectors.joining("-"));
        s = s.replace(' ', '_').replaceAll("[/\\\\:;\"()]", "-").replace("unknown", "");
        while (s.contains("--")) {
            s = s.replace("--", "-");
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(0, end);
    }
}
