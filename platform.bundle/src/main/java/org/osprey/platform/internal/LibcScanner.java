package org.osprey.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.platform.LibcVersion;

/**
 * The C library a binary links against, from the strings in its bytes, as CPython's {@code libc_ver} finds it:
 * the highest {@code GLIBC_x.y} symbol version wins; without one, {@code libc.so.N} (with a {@code libc_xxx.so}
 * suffix kept) or {@code __libc_init} (Android's bionic) names the library.
 */
final class LibcScanner {
    /** Bytes read at a time, and how much of the window is kept to find a string that straddles two reads. */
    private static final int CHUNK = 16384;
    private static final int OVERLAP = 1000;
    private static final Pattern LIBC = Pattern.compile(
            "(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\\w+)?\\.so(?:\\.(\\d[0-9.]*))?)");

    private String lib;
    private String version;

    private LibcScanner(String lib, String version) {
        this.lib = lib;
        this.version = version;
    }

    /** Scans {@code in} (latin-1 is bytes as chars, so the pattern matches bytes) from {@code lib}, {@code version}. */
    static LibcVersion scan(InputStream in, String lib, String version) throws IOException {
        LibcScanner scanner = new LibcScanner(lib, version);
        String window = read(in);
        int pos = 0;
        while (pos < window.length()) {
            Matcher m = LIBC.matcher(window);
            boolean found = m.find(pos);
            if (!found || m.end() == window.length()) {
                // nothing yet, or a match the next bytes could still lengthen: read on, keeping an overlap
                String more = read(in);
                if (!more.isEmpty()) {
                    window = window.substring(Math.max(pos, window.length() - OVERLAP)) + more;
                    pos = 0;
                    continue;
                }
                if (!found) {
                    break;
                }
            }
            scanner.take(m);
            pos = m.end();
        }
        return new LibcVersion(scanner.lib, scanner.version);
    }

    private void take(Matcher m) {
        if (m.group(1) != null) {
            if (lib.isEmpty()) {
                lib = "libc";
            }
        } else if (m.group(2) != null) {
            if (!lib.equals("glibc")) {
                lib = "glibc";
                version = m.group(3);
            } else if (compare(m.group(3), version) > 0) {
                version = m.group(3);
            }
        } else if (!lib.equals("glibc")) {
            lib = "libc";
            String soversion = m.group(6);
            String threads = m.group(5);
            if (soversion != null && (version.isEmpty() || compare(soversion, version) > 0)) {
                version = soversion;
            }
            if (threads != null && !version.endsWith(threads)) {
                version = version + threads;
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readNBytes(CHUNK), StandardCharsets.ISO_8859_1);
    }

    /**
     * Orders versions as CPython's {@code _comparable_version}: numbers by value, {@code dev}, {@code alpha},
     * {@code a}, {@code beta}, {@code b}, {@code c}, {@code RC}, {@code rc}, {@code pl}, {@code p} by stage, and
     * a number above every stage; the separators {@code ._+-} do not count.
     */
    static int compare(String a, String b) {
        List<Component> x = components(a);
        List<Component> y = components(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static final Pattern COMPONENT = Pattern.compile("[0-9]+|[._+-]");

    /** A number (stage 100) or a word (its stage; two words of one stage compare as text). */
    private record Component(int stage, long number, String word) implements Comparable<Component> {
        @Override
        public int compareTo(Component o) {
            int c = Integer.compare(stage, o.stage);
            return c != 0 ? c : word.isEmpty() ? Long.compare(number, o.number) : word.compareTo(o.word);
        }
    }

    private static List<Component> components(String version) {
        List<Component> result = new ArrayList<>();
        Matcher m = COMPONENT.matcher(version);
        int last = 0;
        while (m.find()) {
            addWord(result, version.substring(last, m.start()));
            if (Character.isDigit(m.group().charAt(0))) {
                result.add(new Component(100, parse(m.group()), ""));
            }
            last = m.end();
        }
        addWord(result, version.substring(last));
        return result;
    }

    private static void addWord(List<Component> result, String word) {
        if (!word.isEmpty()) {
            result.add(new Component(stage(word), 0, word));
        }
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static int stage(String text) {
        return switch (text) {
            case "dev" -> 10;
            case "alpha", "a" -> 20;
            case "beta", "b" -> 30;
            case "c" -> 40;
            case "RC", "rc" -> 50;
            case "pl", "p" -> 200;
            default -> 0;
        };
    }
}
