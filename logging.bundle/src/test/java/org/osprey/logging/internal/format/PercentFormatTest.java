package org.osprey.logging.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** {@link PercentFormat} against CPython's {@code fmt % args}. */
class PercentFormatTest {
    private static final long SEED = Long.getLong("format.seed", System.nanoTime());
    private static final String CONVERSIONS = "diouxXeEfFgGcrsa%";

    @Test
    void randomFormatsWithTuples() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("fmt % tuple", SEED);
        for (int i = 0; i < 6000; i++) {
            StringBuilder fmt = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (int k = r.nextInt(3) + 1; k > 0; k--) {
                fmt.append(Values.string(r).replace("%", ""));
                if (!spec(r, fmt, args, false)) {
                    break;
                }
            }
            if (r.nextInt(20) == 0 && !args.isEmpty()) {
                args.remove(args.size() - 1);
            } else if (r.nextInt(20) == 0) {
                args.add(Values.scalar(r));
            }
            tuple(oracle, fmt.toString(), args.toArray());
        }
        oracle.check();
    }

    @Test
    void randomFormatsWithMappings() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("fmt % mapping", SEED);
        for (int i = 0; i < 3000; i++) {
            StringBuilder fmt = new StringBuilder();
            List<Object> values = new ArrayList<>();
            Map<String, Object> map = new LinkedHashMap<>();
            boolean complete = true;
            for (int k = r.nextInt(3) + 1; k > 0 && complete; k--) {
                fmt.append(Values.string(r).replace("%", ""));
                String key = r.nextInt(10) == 0 ? "a(b)c" : "k" + r.nextInt(4);
                int before = values.size();
                fmt.append("%(").append(key).append(')');
                complete = spec(r, fmt, values, true);
                if (values.size() > before && r.nextInt(15) != 0) {
                    map.put(key, values.get(before));
                }
            }
            if (complete && r.nextInt(10) == 0) {
                fmt.append(r.nextBoolean() ? "%s" : "%(");
            }
            mapping(oracle, fmt.toString(), map);
        }
        oracle.check();
    }

    /**
     * Appends a random conversion after {@code %} (or the mapping key) and the arguments it wants; false where the
     * format must end here, incomplete: text after it would extend it (digits after {@code %5} make a width of
     * hundreds of millions, a string of gigabytes on both sides).
     */
    private static boolean spec(Random r, StringBuilder fmt, List<Object> args, boolean keyed) {
        if (!keyed) {
            fmt.append('%');
        }
        for (int f = r.nextInt(4); f > 0; f--) {
            fmt.append("#0- +".charAt(r.nextInt(5)));
        }
        int w = r.nextInt(10);
        if (w < 3) {
            fmt.append(r.nextInt(25));
        } else if (w == 3 && !keyed) {
            fmt.append('*');
            args.add(r.nextInt(10) == 0 ? notAnInt(r) : r.nextInt(30) - 10);
        }
        int p = r.nextInt(10);
        if (p < 3) {
            fmt.append('.').append(r.nextInt(p == 0 ? 60 : 12));
        } else if (p == 3 && !keyed) {
            fmt.append(".*");
            args.add(r.nextInt(10) == 0 ? notAnInt(r) : r.nextInt(20) - 5);
        } else if (p == 4) {
            fmt.append('.');
        }
        if (r.nextInt(30) == 0) {
            fmt.append("lhL".charAt(r.nextInt(3)));
        }
        int c = r.nextInt(60);
        if (c == 0) {
            fmt.append("yk\u00e9Z".charAt(r.nextInt(4)));
            args.add(Values.scalar(r));
            return true;
        }
        if (c == 1) {
            return false; // the format ends here: incomplete
        }
        char conversion = CONVERSIONS.charAt(r.nextInt(CONVERSIONS.length()));
        fmt.append(conversion);
        if (conversion == '%') {
            return true;
        }
        if (r.nextInt(12) == 0) {
            args.add(Values.any(r));
        } else if ("diouxXc".indexOf(conversion) >= 0) {
            args.add(conversion == 'c' && r.nextBoolean() ? (Object) Values.string(r)
                    : r.nextInt(6) == 0 ? (Object) Values.dbl(r) : Values.integer(r));
        } else if ("eEfFgG".indexOf(conversion) >= 0) {
            args.add(r.nextInt(6) == 0 ? Values.integer(r) : Values.dbl(r));
        } else {
            args.add(Values.any(r));
        }
        return true;
    }

    /** A wrong argument for {@code *} (a huge int would ask both sides for gigabytes). */
    private static Object notAnInt(Random r) {
        return r.nextBoolean() ? Values.string(r) : r.nextBoolean() ? (Object) Values.dbl(r) : (Object) true;
    }

    @Test
    void casesFromCpythonsTestFormat() {
        Oracle oracle = new Oracle("test_format cases", 0);
        double third = 1.0 / 3;
        BigInteger big = new BigInteger("12345678901234567890");
        Object[][] cases = {
            {"%.1d", 1}, {"%.*f", 2, third}, {"%.100f", third}, {"%#.117x", 1}, {"%#.118x", 1}, {"%f", 1.0},
            {"%x", 10}, {"%x", 100000000000L}, {"%o", 10}, {"%o", 100000000000L}, {"%d", 10},
            {"%d", 100000000000L}, {"%d", big}, {"%x", big.negate()}, {"%#x", big}, {"%#X", big}, {"%#o", big},
            {"%#.23x", big}, {"%#+27.23X", big.negate()}, {"%-+27.23x", big}, {"%0+27.23o", big}, {"%-#27.23o", big},
            {"%+#.23d", big}, {"%032d", big}, {"%#-32.4x", big}, {"%d", 42}, {"%d", -42}, {"%d", 42L},
            {"%d", 42.0}, {"%#x", 1}, {"%#X", 1}, {"%#o", 1}, {"%#o", 0}, {"%o", 0}, {"%d", 0}, {"%#x", 0},
            {"%#X", 0}, {"%x", 0x42}, {"%x", -0x42}, {"%o", 042}, {"%o", -042}, {"%g", 1.1}, {"%#g", 1.1},
            {"%x", 3.14}, {"%c", Integer.MAX_VALUE}, {"%c", -1}, {"%c", 0x10FFFF}, {"%c", 0x110000},
            {"%s %s", 1}, {"%s", 1, 2}, {"%(a)s", 1}, {"%", 1}, {"%y", 1}, {"%5%"}, {"%*s", "a", "b"},
            {"%.*s", 3, "abcdef"}, {"%*.*f", 10, 3, Math.PI}, {"%d", "1"}, {"%i", "x"}, {"%e", "x"},
            {"%c", "ab"}, {"%c", 3.0}, {"%d", Double.NaN}, {"%d", Double.NEGATIVE_INFINITY}, {"%.0f", 0.5},
            {"%.0f", 1.5}, {"%.0f", 2.5}, {"%.1f", 0.25}, {"%.2f", 1e300}, {"%f", 1e300}, {"%e", 0.0},
            {"%e", -0.0}, {"%g", 1e-5}, {"%g", 1e-4}, {"%g", 123456.0}, {"%g", 1234567.0}, {"%.0g", 0.0},
            {"%#.0g", 0.0}, {"%#.0e", 1.0}, {"%#.0f", 1.0}, {"%r", 1.0}, {"%s", 1e16}, {"%a", "\u20ac"},
            {"%r", "\u20ac"}, {"%5.2s|%-5s|", "abc", "x"}, {"%-05d", 3}, {"% d", 3}, {"%+ d", 3}, {"% +d", -3},
            {"%05s", 1}, {"%-#10x", 255}, {"%f", new BigDecimal("2.5")}, {"%d", new BigDecimal("-2.5")},
            {"%s", new BigDecimal("1E+3")}, {"%d", true}, {"%s", true}, {"%f", 10.0f}, {"%lld", 1}, {"%hd", 1},
            {"%Ld", 1}, {"%l", 1}, {"%(", 1}, {"%d%%", 5}, {"%%%d", 5}, {"%c", "\ud83d\ude00"},
            {"%.3c", "a"}, {"%3c", 65}, {"%f", 1 << 30}, {"%e", Long.MIN_VALUE}, {"%s", (Object) null},
            {"%x", (Object) null}, {"%d", (Object) new Object[0]}, {"%s", "a", "b", "c"},
            {"%.99999999999d", 1}, {"%.*d", 1L << 40, 1}, {"%f", BigInteger.TEN.pow(400)},
        };
        for (Object[] c : cases) {
            Object[] args = new Object[c.length - 1];
            System.arraycopy(c, 1, args, 0, args.length);
            tuple(oracle, (String) c[0], args);
        }
        mapping(oracle, "%(a)s %(b)d", Map.of("a", 1, "b", 2));
        mapping(oracle, "%s", Map.of("a", 1));
        mapping(oracle, "no conversion", Map.of("a", 1));
        mapping(oracle, "%(a)s %s", Map.of("a", 1));
        mapping(oracle, "%(missing)s", Map.of("a", 1));
        mapping(oracle, "%(a)*d", Map.of("a", 1));
        mapping(oracle, "%(a)%", Map.of());
        mapping(oracle, "%(a(b))s", Map.of("a(b)", "nested"));
        mapping(oracle, "%(a(b)s", Map.of("a(b)", "nested"));
        mapping(oracle, "%()s", Map.of("", "empty key"));
        oracle.check();
    }

    @Test
    void threadsShareTheCacheSafely() throws Exception {
        Random r = new Random(SEED);
        List<String> formats = new ArrayList<>();
        List<Object[]> arguments = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        while (formats.size() < 2000) {
            StringBuilder fmt = new StringBuilder("%(k)s ");
            List<Object> args = new ArrayList<>();
            spec(r, fmt.append('%'), args, true); // keyed: one argument at most, no '*'
            try {
                String s = PercentFormat.format("x" + fmt.substring(5), args.toArray());
                formats.add("x" + fmt.substring(5));
                arguments.add(args.toArray());
                expected.add(s);
            } catch (RuntimeException e) {
                // only formats that succeed
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 500;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20000; i++) {
                        int k = (i + offset) % formats.size();
                        assertEquals(expected.get(k), PercentFormat.format(formats.get(k), arguments.get(k)));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNullTupleIsTheEmptyOne() {
        assertEquals("50%", PercentFormat.format("50%%", (Object[]) null));
    }

    @Test
    void aFormatIsParsedOnce() {
        String fmt = "%(asctime)s %(levelname)s %(message)s " + SEED;
        PercentFormat.format(fmt, Map.of("asctime", 1, "levelname", 2, "message", 3));
        Object parsed = PercentFormat.parsed(fmt);
        PercentFormat.format(fmt, Map.of("asctime", 4, "levelname", 5, "message", 6));
        assertSame(parsed, PercentFormat.parsed(fmt));
    }

    private static void tuple(Oracle oracle, String fmt, Object[] args) {
        oracle.add(PyLit.of(fmt) + " % " + PyLit.of(args) + "  # " + fmt,
                PyLit.of(fmt) + " % " + PyLit.of(args), () -> PercentFormat.format(fmt, args));
    }

    private static void mapping(Oracle oracle, String fmt, Map<String, ?> map) {
        oracle.add("'" + fmt + "' % " + map, PyLit.of(fmt) + " % " + PyLit.of(map),
                () -> PercentFormat.format(fmt, map));
    }
}
