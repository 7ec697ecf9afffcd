package org.osprey.logging.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** {@link PyStr} against CPython's {@code str}, {@code repr} and {@code ascii}. */
class PyStrTest {
    private static final long SEED = Long.getLong("format.seed", System.nanoTime());

    @Test
    void floatReprIsTheShortestRoundTripOverRandomDoubles() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("repr(float)", SEED);
        for (int i = 0; i < 20000; i++) {
            double d = i % 3 == 0 ? Double.longBitsToDouble(r.nextLong()) : Values.dbl(r);
            oracle.add("repr(" + Double.toHexString(d) + ")", "repr(" + PyLit.of(d) + ")", () -> PyStr.repr(d));
        }
        // JDK-4511638: doubles whose Double.toString is not the shortest
        for (double d : new double[] {2.0E-3, 1.0E23, 2.82879384806159E17, 1.3E-5, 9.007199254740993E15,
                5.0E-324, 4.9E-324, 1.0E-7, 123456789012345680.0, 0.3, 2.0 / 3, 1e15, 1e16, 1e17, 1e-4, 1e-5}) {
            oracle.add("repr(" + d + ")", "repr(" + PyLit.of(d) + ")", () -> PyStr.repr(d));
        }
        oracle.check();
    }

    @Test
    void strReprAndAsciiOfJavaValues() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("str/repr/ascii", SEED);
        for (int i = 0; i < 3000; i++) {
            Object v = Values.any(r);
            String lit = PyLit.of(v);
            oracle.add("str " + lit, "str(" + lit + ")", () -> PyStr.str(v));
            oracle.add("repr " + lit, "repr(" + lit + ")", () -> PyStr.repr(v));
            oracle.add("ascii " + lit, "ascii(" + lit + ")", () -> PyStr.ascii(v));
        }
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        oracle.add("a list inside itself", "(lambda a: (a.extend([1, a]), repr(a))[1])([])", () -> PyStr.repr(self));
        Map<String, Object> selfMap = new LinkedHashMap<>();
        selfMap.put("k", selfMap);
        selfMap.put("l", List.of(selfMap));
        oracle.add("a dict inside itself", "(lambda d: (d.update(k=d, l=[d]), repr(d))[1])({})",
                () -> PyStr.repr(selfMap));
        List<Object> twice = List.of(1);
        oracle.add("one list twice, not inside itself", "(lambda a: repr([a, a]))([1])",
                () -> PyStr.repr(List.of(twice, twice)));
        for (Object v : List.of(List.of(), Map.of(), new Object[0], new Object[] {1}, new byte[0], "'", "\"",
                "'\"", "\\", List.of("a'b", "c\"d"), Map.of(1, List.of(true, false)))) {
            String lit = PyLit.of(v);
            oracle.add("repr " + lit, "repr(" + lit + ")", () -> PyStr.repr(v));
        }
        oracle.check();
    }
}
