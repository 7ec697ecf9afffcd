package org.osprey.logging.internal.format;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** {@code obj.attr} and {@code obj[key]} of a replacement field, on Java values. */
final class Lookup {
    private Lookup() {
    }

    /**
     * {@code value.name}: a Map's key, else a public no-argument method {@code name()} (a record component),
     * {@code getName()} or {@code isName()}. AttributeError is IllegalArgumentException.
     */
    static Object attribute(Object value, String name) {
        if (value instanceof Map<?, ?> map && map.containsKey(name)) {
            return map.get(name);
        }
        if (value != null) {
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : new String[] {name, "get" + capitalised, "is" + capitalised}) {
                Method getter = publicGetter(value.getClass(), candidate);
                if (getter != null) {
                    try {
                        return getter.invoke(value);
                    } catch (IllegalAccessException e) {
                        break;
                    } catch (InvocationTargetException e) {
                        throw new IllegalArgumentException(
                                "'" + PyStr.typeName(value) + "' attribute '" + name + "' failed", e.getCause());
                    }
                }
            }
        }
        throw new IllegalArgumentException(
                "'" + PyStr.typeName(value) + "' object has no attribute '" + name + "'");
    }

    /** The getter as a public type declares it: a class's own may be hidden (List.of's is not public). */
    private static Method publicGetter(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        if (Modifier.isPublic(type.getModifiers())) {
            try {
                Method m = type.getMethod(name);
                if (m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        for (Class<?> face : type.getInterfaces()) {
            Method m = publicGetter(face, name);
            if (m != null) {
                return m;
            }
        }
        return publicGetter(type.getSuperclass(), name);
    }

    /** {@code value[index]} with a non-negative integer key: a sequence's element, or a Map's Integer key. */
    static Object item(Object value, int index) {
        if (value instanceof List<?> list) {
            return element(index < list.size(), "list", () -> list.get(index));
        }
        if (value instanceof CharSequence s) {
            String text = s.toString();
            return element(index < text.codePointCount(0, text.length()), "string",
                    () -> Character.toString(text.codePointAt(text.offsetByCodePoints(0, index))));
        }
        if (value instanceof Object[] tuple) {
            return element(index < tuple.length, "tuple", () -> tuple[index]);
        }
        if (value instanceof byte[] bytes) {
            return element(index < bytes.length, "", () -> bytes[index] & 0xff);
        }
        if (value != null && value.getClass().isArray()) {
            return element(index < Array.getLength(value), "array", () -> Array.get(value, index));
        }
        if (value instanceof Map<?, ?> map) {
            Object key = map.containsKey(index) ? (Object) index : (Object) (long) index;
            if (!map.containsKey(key)) {
                throw new NoSuchElementException(Integer.toString(index));
            }
            return map.get(key);
        }
        throw notSubscriptable(value);
    }

    /** {@code value[key]} with a string key. */
    static Object item(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                throw new NoSuchElementException(PyStr.repr(key));
            }
            return map.get(key);
        }
        if (value instanceof CharSequence) {
            throw new IllegalArgumentException("string indices must be integers, not 'str'");
        }
        if (value instanceof List || value instanceof Object[] || (value != null && value.getClass().isArray())) {
            String kind = value instanceof byte[] ? "byte" : PyStr.typeName(value);
            throw new IllegalArgumentException(kind + " indices must be integers or slices, not str");
        }
        throw notSubscriptable(value);
    }

    private static Object element(boolean inRange, String kind, java.util.function.Supplier<Object> get) {
        if (!inRange) {
            throw new NoSuchElementException((kind.isEmpty() ? "" : kind + " ") + "index out of range");
        }
        return get.get();
    }

    private static IllegalArgumentException notSubscriptable(Object value) {
        return new IllegalArgumentException("'" + PyStr.typeName(value) + "' object is not subscriptable");
    }
}
