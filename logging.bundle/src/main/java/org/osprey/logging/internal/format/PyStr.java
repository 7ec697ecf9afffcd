package org.osprey.logging.internal.format;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osprey.os.PyRepr;

/**
 * Python's {@code str()}, {@code repr()} and {@code ascii()} of Java values: null is None, Boolean is bool, the
 * integer types and BigInteger are int, Float, Double and BigDecimal are float, List is list, Set is set, Object[] is tuple,
 * Map is dict, byte[] is bytes, CharSequence and Character are str; anything else is its {@code toString()}.
 */
public final class PyStr {
    private PyStr() {
    }

    /** Python's {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value, false, null);
        return out.toString();
    }

    /** Python's {@code ascii(value)}: repr with every non-ASCII character escaped. */
    public static String ascii(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value, true, null);
        return out.toString();
    }

    /** Python's {@code repr(float)}: the shortest string that reads back as the same double. */
    public static String floatRepr(double d) {
        return FloatFormat.repr(d);
    }

    /** The Python type name of a Java value, as error messages show it. */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (Num.isInt(value)) {
            return "int";
        }
        if (Num.isFloat(value)) {
            return "float";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "str";
        }
        if (value instanceof byte[]) {
            return "bytes";
        }
        if (value instanceof Object[]) {
            return "tuple";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Set) {
            return "set";
        }
        if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /** {@code open}: the containers being written, to write one met inside itself as CPython does. */
    private static void appendRepr(StringBuilder out, Object value, boolean ascii, Set<Object> open) {
        if (value instanceof Object[] || value instanceof List || value instanceof Map || value instanceof Set) {
            if (open == null) {
                open = Collections.newSetFromMap(new IdentityHashMap<>());
            }
            if (!open.add(value)) {
                out.append(value instanceof Object[] ? "(...)" : value instanceof List ? "[...]" : "{...}");
                return;
            }
            appendContainer(out, value, ascii, open);
            open.remove(value);
        } else if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (Num.isFloat(value)) {
            out.append(FloatFormat.repr(((Number) value).doubleValue()));
        } else if (value instanceof CharSequence || value instanceof Character) {
            out.append(ascii ? PyRepr.ascii(value.toString()) : PyRepr.repr(value.toString()));
        } else if (value instanceof byte[] bytes) {
            out.append(PyRepr.repr(bytes));
        } else if (ascii) {
            appendAscii(out, value.toString());
        } else {
            out.append(value);
        }
    }

    private static void appendContainer(StringBuilder out, Object value, boolean ascii, Set<Object> open) {
        if (value instanceof Object[] tuple) {
            out.append('(');
            appendItems(out, Arrays.asList(tuple).iterator(), ascii, open);
            out.append(tuple.length == 1 ? ",)" : ")");
        } else if (value instanceof List<?> list) {
            out.append('[');
            appendItems(out, list.iterator(), ascii, open);
            out.append(']');
        } else if (value instanceof Set<?> set) {
            if (set.isEmpty()) {
                out.append("set()");
            } else {
                out.append('{');
                appendItems(out, set.iterator(), ascii, open);
                out.append('}');
            }
        } else {
            out.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.append(sep);
                appendRepr(out, e.getKey(), ascii, open);
                out.append(": ");
                appendRepr(out, e.getValue(), ascii, open);
                sep = ", ";
            }
            out.append('}');
        }
    }

    private static void appendItems(StringBuilder out, Iterator<?> items, boolean ascii, Set<Object> open) {
        String sep = "";
        while (items.hasNext()) {
            out.append(sep);
            appendRepr(out, items.next(), ascii, open);
            sep = ", ";
        }
    }

    private static void appendAscii(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                // a lone non-ASCII code point's ascii() is its escape between quotes
                String escaped = PyRepr.ascii(new String(Character.toChars(cp)));
                out.append(escaped, 1, escaped.length() - 1);
            }
        }
    }
}
