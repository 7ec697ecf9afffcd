package org.osprey.logging.internal.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random Java values of every kind the engines take, weighted toward the awkward ones. */
final class Values {
    private static final String[] WORDS = {"", "a", "abc", "it's", "say \"hi\"", "both ' and \"", "tab\there",
            "new\nline", "back\\slash", "caf\u00e9", "\u00e9t\u00e9", "\u4e2d\u6587", "\ud83d\ude00 emoji",
            "\u0000nul", "\u007fdel", "\u0085nel", "\u00a0nbsp", "\u2028ls", "\u200bzw", "\u00ad", "x" + "y".repeat(30),
            "\ud835\udc00math", "\u0301combining", "\u2000en quad", "\ufeffbom", "\ue000private"};

    private Values() {
    }

    static Object any(Random r) {
        return switch (r.nextInt(8)) {
            case 0, 1 -> integer(r);
            case 2, 3 -> dbl(r);
            case 4 -> string(r);
            case 5 -> r.nextBoolean();
            case 6 -> r.nextInt(4) == 0 ? null : r.nextBoolean() ? (Object) (float) dbl(r) : (Object) (byte) r.nextInt();
            default -> container(r);
        };
    }

    static Object integer(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> r.nextInt(21) - 10;
            case 1 -> r.nextInt();
            case 2 -> r.nextLong();
            case 3 -> new BigInteger(r.nextInt(300) + 1, r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            case 4 -> r.nextBoolean() ? Long.MIN_VALUE : Integer.MIN_VALUE;
            case 5 -> (short) r.nextInt();
            default -> r.nextInt(2000000) - 1000000;
        };
    }

    static double dbl(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> Double.longBitsToDouble(r.nextLong());
            case 1 -> Double.longBitsToDouble(r.nextLong() & 0x800fffffffffffffL); // subnormal
            case 2 -> new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                    Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1e16, 1e-5, 1e-4, 9999999999999998.0,
                    0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 5e-324, 1e22, 1e23, 2e-3, 123456789.0}[r.nextInt(23)];
            case 3 -> (r.nextInt(2001) - 1000) / 8.0; // exact ties for rounding
            case 4 -> Math.pow(10, r.nextInt(44) - 22) * (r.nextBoolean() ? 1 : -1);
            case 5 -> r.nextInt(1000000) / 1000.0;
            case 6 -> Math.nextUp(Math.pow(10, r.nextInt(40) - 20));
            case 7 -> Math.nextDown(Math.pow(2, r.nextInt(2000) - 1000));
            case 8 -> Math.scalb(1.0, r.nextInt(2100) - 1075);
            default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
        };
    }

    static String string(Random r) {
        if (r.nextInt(3) == 0) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(6); i > 0; i--) {
                s.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 0x20 + r.nextInt(0x5f));
            }
            String t = s.toString();
            return t.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? "s" : t;
        }
        return WORDS[r.nextInt(WORDS.length)];
    }

    static Object container(Random r) {
        switch (r.nextInt(5)) {
            case 0 -> {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    list.add(scalar(r));
                }
                return list;
            }
            case 1 -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    map.put(string(r), scalar(r));
                }
                return map;
            }
            case 2 -> {
                byte[] b = new byte[r.nextInt(6)];
                r.nextBytes(b);
                if (r.nextBoolean() && b.length > 0) {
                    b[0] = (byte) "'\"\\\t".charAt(r.nextInt(4));
                }
                return b;
            }
            case 3 -> {
                Object[] tuple = new Object[r.nextInt(3)];
                for (int i = 0; i < tuple.length; i++) {
                    tuple[i] = scalar(r);
                }
                return tuple;
            }
            default -> {
                return java.util.Arrays.asList(scalar(r), List.of(string(r)));
            }
        }
    }

    static Object scalar(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> integer(r);
            case 1 -> dbl(r);
            case 2 -> string(r);
            default -> r.nextInt(3) == 0 ? null : r.nextBoolean();
        };
    }
}
