package org.osprey.logging.internal.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java values written as Python expressions for the oracle, independently of the code under test: strings as
 * UTF-8 hex, doubles as their exact hexadecimal form.
 */
final class PyLit {
    private PyLit() {
    }

    static String of(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return "(" + v + ")";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return "float('nan')";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "float('inf')" : "float('-inf')";
            }
            return "float.fromhex('" + Double.toHexString(d) + "')";
        }
        if (v instanceof BigDecimal d) {
            return "float('" + d + "')";
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return str(v.toString());
        }
        if (v instanceof byte[] bytes) {
            return "bytes.fromhex('" + HexFormat.of().formatHex(bytes) + "')";
        }
        if (v instanceof Object[] tuple) {
            return "(" + Stream.of(tuple).map(PyLit::of).map(s -> s + ",").collect(Collectors.joining()) + ")";
        }
        if (v instanceof List<?> list) {
            return "[" + list.stream().map(PyLit::of).collect(Collectors.joining(", ")) + "]";
        }
        if (v instanceof Set<?> set) {
            return set.isEmpty() ? "set()"
                    : "{" + set.stream().map(PyLit::of).collect(Collectors.joining(", ")) + "}";
        }
        if (v instanceof Map<?, ?> map) {
            return "{" + map.entrySet().stream().map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ")) + "}";
        }
        throw new IllegalArgumentException("no Python literal for " + v.getClass());
    }

    static String str(String s) {
        return "bytes.fromhex('" + HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)) + "').decode()";
    }
}
