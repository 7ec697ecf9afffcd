package org.osprey.logging.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link BraceFormat} (and the spec mini-language) against CPython's {@code str.format}. */
class BraceFormatTest {
    private static final long SEED = Long.getLong("format.seed", System.nanoTime());
    private static final String TYPES = "bcdeEfFgGnosxX%";

    @Test
    void randomSpecsOfNumbersAndStrings() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("format specs", SEED);
        for (int i = 0; i < 10000; i++) {
            Object v = switch (r.nextInt(10)) {
                case 0, 1, 2 -> Values.integer(r);
                case 3, 4, 5, 6 -> Values.dbl(r);
                case 7 -> Values.string(r);
                case 8 -> r.nextBoolean();
                default -> Values.any(r);
            };
            String spec = spec(r);
            String conversion = r.nextInt(15) == 0 ? "!" + "rsa".charAt(r.nextInt(3)) : "";
            call(oracle, "{" + conversion + ":" + spec + "}", new Object[] {v}, Map.of());
        }
        oracle.check();
    }

    /** A spec of the mini-language, mostly well-formed. */
    private static String spec(Random r) {
        StringBuilder s = new StringBuilder();
        int a = r.nextInt(6);
        if (a == 0) {
            s.append(" *0x\u00e9=\ud83d\ude00".codePoints().skip(r.nextInt(7)).findFirst().getAsInt());
            s.append("<>=^".charAt(r.nextInt(4)));
        } else if (a == 1) {
            s.append("<>=^".charAt(r.nextInt(4)));
        }
        if (r.nextInt(4) == 0) {
            s.append("+- ".charAt(r.nextInt(3)));
        }
        if (r.nextInt(12) == 0) {
            s.append('z');
        }
        if (r.nextInt(6) == 0) {
            s.append('#');
        }
        if (r.nextInt(5) == 0) {
            s.append('0');
        }
        if (r.nextInt(2) == 0) {
            s.append(r.nextInt(30));
        }
        if (r.nextInt(6) == 0) {
            s.append(",_".charAt(r.nextInt(2)));
        }
        if (r.nextInt(3) == 0) {
            s.append('.').append(r.nextInt(r.nextInt(4) == 0 ? 40 : 10));
        }
        int t = r.nextInt(10);
        if (t < 7) {
            s.append(TYPES.charAt(r.nextInt(TYPES.length())));
        } else if (t == 7) {
            s.append("yZ\u00e9\u0001".charAt(r.nextInt(4)));
        }
        if (r.nextInt(60) == 0) {
            s.append("zz");
        }
        return s.toString();
    }

    @Test
    void randomFieldsNumberingAndNesting() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("format fields", SEED);
        for (int i = 0; i < 3000; i++) {
            List<Object> args = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                args.add(Values.any(r));
            }
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                kwargs.put("k" + r.nextInt(3), Values.any(r));
            }
            // a nested spec is a small width or a spec (an arbitrary int would ask for gigabytes of padding)
            kwargs.put("w", r.nextBoolean() ? (Object) r.nextInt(20) : spec(r));
            StringBuilder fmt = new StringBuilder();
            boolean manual = r.nextBoolean();
            for (int k = r.nextInt(4) + 1; k > 0; k--) {
                fmt.append(Values.string(r).replace("{", "{{").replace("}", "}}"));
                int kind = r.nextInt(20);
                String name = kind < 8 ? (manual ? Integer.toString(r.nextInt(4)) : "")
                        : kind < 12 ? "k" + r.nextInt(3) : kind == 12 ? Integer.toString(r.nextInt(4)) : "";
                if (r.nextInt(8) == 0) {
                    name += "[" + (r.nextBoolean() ? Integer.toString(r.nextInt(3)) : "k0") + "]";
                }
                String conversion = r.nextInt(6) == 0 ? "!" + "rsaq".charAt(r.nextInt(4)) : "";
                String spec = r.nextInt(3) == 0 ? ":" + spec(r)
                        : r.nextInt(8) == 0 ? ":{w}" : "";
                fmt.append('{').append(name).append(conversion).append(spec).append('}');
                if (r.nextInt(25) == 0) {
                    fmt.append("{}}{{{".charAt(r.nextInt(6)));
                }
            }
            call(oracle, fmt.toString(), args.toArray(), kwargs);
        }
        oracle.check();
    }

    @Test
    void casesFromCpythonsStringTests() {
        Oracle oracle = new Oracle("test_unicode format cases", 0);
        BigInteger big = new BigInteger("123456789012345678901234567890");
        Object[][] cases = {
            {"", new Object[0]}, {"a", new Object[0]}, {"ab", new Object[0]}, {"a{{", new Object[0]},
            {"a}}", new Object[0]}, {"{{b", new Object[0]}, {"}}b", new Object[0]}, {"a{{b", new Object[0]},
            {"{0}", new Object[] {"abc"}}, {"{0:}", new Object[] {"abc"}}, {"X{0}", new Object[] {"abc"}},
            {"{0}X", new Object[] {"abc"}}, {"X{0}Y", new Object[] {"abc"}}, {"{1}", new Object[] {1, "abc"}},
            {"{0}{1}", new Object[] {1, "abc"}}, {"{0:.3s}", new Object[] {"abc"}},
            {"{0:.3s}", new Object[] {"ab"}}, {"{0:.0s}", new Object[] {"abcdef"}}, {"{0:3s}", new Object[] {"abc"}},
            {"{0:2s}", new Object[] {"abc"}}, {"{0:5s}", new Object[] {"abc"}}, {"{0:x<0s}", new Object[] {"result"}},
            {"{0:x<5s}", new Object[] {"result"}}, {"{0:x<6s}", new Object[] {"result"}},
            {"{0:x<7s}", new Object[] {"result"}}, {"{0:x^8s}", new Object[] {"result"}},
            {"{0: ^8s}", new Object[] {"result"}}, {"{0:>10}", new Object[] {"abc"}}, {"{0:x>10}", new Object[] {1}},
            {"{0:=10}", new Object[] {-12}}, {"{0:.3}", new Object[] {"abcdef"}}, {"{0[1]}", new Object[] {"abc"}},
            {"{0[5]}", new Object[] {"abc"}}, {"{0[1]}", new Object[] {List.of(1, 2)}},
            {"{0[x]}", new Object[] {List.of(1)}}, {"{0[x]}", new Object[] {1}}, {"{0[1]}", new Object[] {Map.of()}},
            {"{0[a]}{0[1]}", new Object[] {mapOf("a", 1, 1, 2)}}, {"{0[-1]}", new Object[] {Map.of("-1", 2)}},
            {"{0[1][0]}", new Object[] {List.of(1, List.of("x"))}}, {"{0[1]x}", new Object[] {List.of(1, 2)}},
            {"{0[1]", new Object[] {List.of(1, 2)}}, {"{0[]}", new Object[] {List.of(1)}},
            {"{0.}", new Object[] {1}}, {"{0..x}", new Object[] {1}}, {"{", new Object[0]}, {"}", new Object[0]},
            {"a{", new Object[0]}, {"a}", new Object[0]}, {"{a", new Object[0]}, {"}a", new Object[0]},
            {"{0", new Object[] {1}}, {"{0:", new Object[] {1}}, {"{0!", new Object[] {1}}, {"{0!}", new Object[] {1}},
            {"{0!rs}", new Object[] {1}}, {"{0!x}", new Object[] {1}}, {"{0!\u00e9}", new Object[] {1}},
            {"{0!r", new Object[] {1}}, {"{0!r:", new Object[] {1}}, {"{0!r:>5}", new Object[] {"a"}},
            {"{0!a}", new Object[] {"\u20ac"}}, {"{0!s:^9}", new Object[] {1.5}}, {"{}", new Object[0]},
            {"{0}{}", new Object[] {1, 2}}, {"{}{0}", new Object[] {1, 2}}, {"{:{}}", new Object[] {1, 5}},
            {"{0:{1}}", new Object[] {"abc", "s"}}, {"{0:{1:{2}}}", new Object[] {"abc", "s", ""}},
            {"{:{:{}}}", new Object[] {1, 2, 3}}, {"{0:{1}{2}}", new Object[] {3, ">", 5}},
            {"{:{}{}}", new Object[] {3, ">", 5}}, {"{0:}}", new Object[] {1}}, {"{0:{}", new Object[] {1}},
            {"{0{1}}", new Object[] {1, 2}}, {"{:}", new Object[] {(Object) null}}, {"{:x}", new Object[] {(Object) null}},
            {"{:5}", new Object[] {List.of(1)}}, {"{}", new Object[] {List.of(1)}}, {"{:d}", new Object[] {true}},
            {"{:}", new Object[] {true}}, {"{:5}", new Object[] {true}}, {"{:s}", new Object[] {true}},
            {"{:,}", new Object[] {big}}, {"{:_}", new Object[] {big}}, {"{:_x}", new Object[] {big}},
            {"{:#_b}", new Object[] {255}}, {"{:010,}", new Object[] {1234}}, {"{:09,}", new Object[] {1234}},
            {"{:08,}", new Object[] {1234}}, {"{:0=10,}", new Object[] {-1234}}, {"{:x=10,}", new Object[] {1234}},
            {"{:0>10,}", new Object[] {1234}}, {"{:012,.2f}", new Object[] {1234.5}}, {"{:,}", new Object[] {1234.5}},
            {"{:,.2e}", new Object[] {1234.5}}, {"{:.2%}", new Object[] {0.1234}}, {"{:%}", new Object[] {1}},
            {"{:,%}", new Object[] {1000}}, {"{:n}", new Object[] {1e20}}, {"{:n}", new Object[] {1234567}},
            {"{:,n}", new Object[] {1}}, {"{:_n}", new Object[] {1}}, {"{:_c}", new Object[] {65}},
            {"{:+c}", new Object[] {65}}, {"{:#c}", new Object[] {65}}, {"{:05c}", new Object[] {65}},
            {"{:c}", new Object[] {0x110000}}, {"{:c}", new Object[] {-1}}, {"{:.2d}", new Object[] {1}},
            {"{:z}", new Object[] {1}}, {"{:z}", new Object[] {-0.0}}, {"{:z.2f}", new Object[] {-0.0001}},
            {"{:z.2e}", new Object[] {-0.0001}}, {"{:z}", new Object[] {"a"}}, {"{: }", new Object[] {"a"}},
            {"{:+}", new Object[] {"a"}}, {"{:#}", new Object[] {"a"}}, {"{:=}", new Object[] {"a"}},
            {"{:,}", new Object[] {"a"}}, {"{:05}", new Object[] {"ab"}}, {"{:,_}", new Object[] {1}},
            {"{:_,}", new Object[] {1}}, {"{:.}", new Object[] {1}}, {"{:abc}", new Object[] {1}},
            {"{:d}", new Object[] {"a"}}, {"{:d}", new Object[] {1.0}}, {"{:c}", new Object[] {1.5}},
            {"{:,x}", new Object[] {1.5}}, {"{:.1000000000000000000000f}", new Object[] {1.5}},
            {"{:1000000000000000000000}", new Object[] {1}}, {"{:e}", new Object[] {BigInteger.TEN.pow(400)}},
            {"{:#}", new Object[] {1.0}}, {"{:.0}", new Object[] {1.0}}, {"{:#.0}", new Object[] {1.0}},
            {"{:.1}", new Object[] {10.0}}, {"{:.3}", new Object[] {12.0}}, {"{:.3}", new Object[] {123.0}},
            {"{}", new Object[] {1e16}}, {"{:}", new Object[] {1e-5}}, {"{:g}", new Object[] {1e-5}},
            {"{:08}", new Object[] {Double.NaN}}, {"{:=+8}", new Object[] {Double.NaN}},
            {"{:08}", new Object[] {Double.NEGATIVE_INFINITY}}, {"{:E}", new Object[] {Double.POSITIVE_INFINITY}},
            {"{:#X}", new Object[] {255}}, {"{:#o}", new Object[] {255}}, {"{:#b}", new Object[] {-255}},
            {"{:#015_x}", new Object[] {-1234567}}, {"{:^}", new Object[] {1}}, {"{:\u00e9^9}", new Object[] {1}},
            {"{:3}", new Object[] {3}}, {"{:.3f}", new Object[] {3}}, {"{:g}", new Object[] {3}},
            {"{:.3}", new Object[] {3}}, {"{0:\u0001}", new Object[] {1}}, {"{0:\u00e9}", new Object[] {1}},
            {"{0:,\u0001}", new Object[] {1}}, {"{0:x}", new Object[] {"a"}},
        };
        for (Object[] c : cases) {
            call(oracle, (String) c[0], (Object[]) c[1], Map.of());
        }
        call(oracle, "{a}", new Object[0], Map.of("a", 1));
        call(oracle, "{b}", new Object[0], Map.of("a", 1));
        call(oracle, "{a b}", new Object[0], Map.of("a b", 2));
        call(oracle, "{a[b]}", new Object[0], Map.of("a", Map.of("b", 3)));
        call(oracle, "{a[b]}", new Object[0], Map.of("a", Map.of("c", 3)));
        call(oracle, "{a}{}", new Object[] {1}, Map.of("a", 2));
        call(oracle, "{a!r:>{w}}", new Object[0], Map.of("a", "x", "w", 6));
        call(oracle, "{\u00e9}", new Object[0], Map.of("\u00e9", 1));
        oracle.check();
    }

    private static Map<Object, Object> mapOf(Object... kv) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    /** An attribute: a Map's key, a record's component or a public getter (Java's stand-ins for attributes). */
    public record Point(int x, int y) {
        public boolean isOrigin() {
            return x == 0 && y == 0;
        }

        public String getLabel() {
            return "P";
        }
    }

    @Test
    void attributesOfJavaObjects() {
        Point p = new Point(3, -4);
        assertEquals("3 -4 False P", BraceFormat.format("{0.x} {0.y} {0.origin} {0.label}", new Object[] {p}, null));
        assertEquals("  3|-004", BraceFormat.format("{p.x:>3}|{p.y:04}", null, Map.of("p", p)));
        assertEquals("v", BraceFormat.format("{0.k}", new Object[] {Map.of("k", "v")}, null));
        assertEquals("-4", BraceFormat.format("{0[0].y}", new Object[] {List.of(p)}, null));
        // a getter of a class that is not public, found through its public interface
        assertEquals("2 False", BraceFormat.format("{0.size} {0.empty}", new Object[] {List.of(1, 2)}, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BraceFormat.format("{0.z}", new Object[] {p}, null));
        assertEquals("'Point' object has no attribute 'z'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BraceFormat.format("{0.foo}", new Object[] {1}, null));
        assertEquals("'int' object has no attribute 'foo'", e.getMessage());
    }

    private static void call(Oracle oracle, String fmt, Object[] args, Map<String, ?> kwargs) {
        String python = PyLit.of(fmt) + ".format(*" + PyLit.of(args) + ", **" + PyLit.of(kwargs) + ")";
        oracle.add("'" + fmt + "'.format" + PyLit.of(args) + " " + kwargs, python,
                () -> BraceFormat.format(fmt, args, kwargs));
    }
}
