package org.osprey.logging.internal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osprey.logging.internal.format.PyStr;

/**
 * Python's {@code klass(*args, **kwargs)} on a Java class: the public constructor whose parameters take the
 * positional arguments in order and the keyword arguments by name (the workspace compiles with
 * {@code -parameters}). An options record parameter with a public static default instance of its own type (as
 * {@code FileHandlerOptions.DEFAULT}) stands for its components, in order, each with its default: so
 * {@code FileHandler('a.log', 'w')} and {@code FileHandler(filename='a.log', mode='w')} both reach
 * {@code FileHandler(String, FileHandlerOptions)}. Python's snake_case names also match camelCase ones.
 */
public final class Construct {
    private static final Object UNSET = new Object();
    /** What {@link #coerce} answers for a value that does not fit. */
    private static final Object NO = new Object();

    private Construct() {
    }

    /** One Python parameter: a constructor's, or an options record's component. */
    private record Slot(String name, Class<?> type, Object fallback) {
    }

    /** A constructor's parameters flattened: each options record's components in its place. */
    private record Shape(Constructor<?> constructor, List<Slot> slots) {
    }

    /**
     * Calls {@code c(*args, **kwargs)}.
     *
     * @param c the class
     * @param args the positional arguments
     * @param kwargs the keyword arguments
     * @return the new instance
     * @throws IllegalArgumentException Python's TypeError: no constructor takes these arguments
     * @throws UncheckedIOException Python's OSError from the constructor (opening a file)
     */
    public static Object call(Class<?> c, List<?> args, Map<String, ?> kwargs) {
        List<Constructor<?>> constructors = new ArrayList<>(Arrays.asList(c.getConstructors()));
        // the fewest parameters first; among as many, the most specific types (PrintStream before OutputStream)
        constructors.sort(Comparator.<Constructor<?>>comparingInt(Constructor::getParameterCount)
                .thenComparing(Comparator.comparingInt(Construct::depth).reversed()));
        for (Constructor<?> k : constructors) {
            Optional<Object[]> bound = bind(shape(k), args, kwargs);
            if (bound.isPresent()) {
                try {
                    return k.newInstance(bound.get());
                } catch (InvocationTargetException e) {
                    throw rethrowable(e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException(c.getName() + " cannot be made here", e);
                }
            }
        }
        throw new IllegalArgumentException(c.getSimpleName() + "() takes no arguments of these names and types: "
                + describe(args, kwargs));
    }

    /** What a constructor threw, unchecked: Python's configurators wrap every error in a ValueError. */
    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof IOException e) {
            return new UncheckedIOException(e);
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalArgumentException(cause);
    }

    /** How far down the class hierarchy a constructor's parameter types are, summed. */
    private static int depth(Constructor<?> k) {
        int depth = 0;
        for (Class<?> type : k.getParameterTypes()) {
            for (Class<?> t = type.getSuperclass(); t != null; t = t.getSuperclass()) {
                depth++;
            }
        }
        return depth;
    }

    private static String describe(List<?> args, Map<String, ?> kwargs) {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(PyStr.repr(a)));
        kwargs.forEach((k, v) -> parts.add(k + "=" + PyStr.repr(v)));
        return "(" + String.join(", ", parts) + ")";
    }

    private static Shape shape(Constructor<?> k) {
        List<Slot> slots = new ArrayList<>();
        for (Parameter p : k.getParameters()) {
            Object defaults = p.getType().isRecord() ? defaultInstance(p.getType()) : null;
            if (defaults == null) {
                slots.add(new Slot(p.getName(), p.getType(), UNSET));
                continue;
            }
            for (RecordComponent rc : p.getType().getRecordComponents()) {
                slots.add(new Slot(rc.getName(), rc.getType(), componentValue(rc, defaults)));
            }
        }
        return new Shape(k, slots);
    }

    /** The public static field of a record's own type ({@code DEFAULT}), or null. */
    private static Object defaultInstance(Class<?> record) {
        for (Field f : record.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == record) {
                try {
                    return f.get(null);
                } catch (IllegalAccessException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object componentValue(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The constructor's arguments, or empty when these arguments do not fit it. */
    private static Optional<Object[]> bind(Shape shape, List<?> args, Map<String, ?> kwargs) {
        List<Slot> slots = shape.slots();
        if (args.size() > slots.size()) {
            return Optional.empty();
        }
        Object[] values = new Object[slots.size()];
        Arrays.fill(values, UNSET);
        for (int i = 0; i < args.size(); i++) {
            values[i] = args.get(i);
        }
        for (Map.Entry<String, ?> kw : kwargs.entrySet()) {
            int i = indexOf(slots, kw.getKey());
            if (i < 0 || values[i] != UNSET) {
                return Optional.empty();
            }
            values[i] = kw.getValue();
        }
        for (int i = 0; i < values.length; i++) {
            Slot s = slots.get(i);
            Object v = values[i] == UNSET ? s.fallback() : values[i];
            if (v == UNSET) {
                return Optional.empty();
            }
            Object coerced = coerce(v, s.type(), s.name());
            if (coerced == NO) {
                return Optional.empty();
            }
            values[i] = coerced;
        }
        return Optional.of(regroup(shape, values));
    }

    private static int indexOf(List<Slot> slots, String pythonName) {
        String camel = camel(pythonName);
        for (int i = 0; i < slots.size(); i++) {
            String name = slots.get(i).name();
            if (name.equals(pythonName) || name.equals(camel)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code respect_handler_level} as {@code respectHandlerLevel}. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_' && out.length() > 0) {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }

    /** The flat values back into the constructor's parameters, options records rebuilt. */
    private static Object[] regroup(Shape shape, Object[] flat) {
        Parameter[] params = shape.constructor().getParameters();
        Object[] out = new Object[params.length];
        int next = 0;
        for (int p = 0; p < params.length; p++) {
            Class<?> type = params[p].getType();
            if (type.isRecord() && defaultInstance(type) != null) {
                RecordComponent[] rcs = type.getRecordComponents();
                Class<?>[] types = Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Object[] parts = Arrays.copyOfRange(flat, next, next + rcs.length);
                next += rcs.length;
                out[p] = newRecord(type, types, parts);
            } else {
                out[p] = flat[next++];
            }
        }
        return out;
    }

    private static Object newRecord(Class<?> type, Class<?>[] types, Object[] parts) {
        try {
            return type.getDeclaredConstructor(types).newInstance(parts);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A configuration value as a parameter of this type, or {@link #NO}: numbers widened, a level name where a
     * level is expected, a (host, port) list as an {@link InetSocketAddress}, a string as a {@link Path}.
     */
    static Object coerce(Object v, Class<?> type, String name) {
        if (v == null) {
            return type.isPrimitive() ? NO : null;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(v)) {
            return v;
        }
        if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
            if (boxed == Long.class) {
                return n.longValue();
            }
            if (boxed == Double.class) {
                return n.doubleValue();
            }
            if (boxed == Integer.class && n.longValue() == n.intValue()) {
                return n.intValue();
            }
        }
        if (v instanceof String s && boxed == Integer.class && name.toLowerCase(Locale.ROOT).endsWith("level")) {
            return LevelNames.check(s);
        }
        if (v instanceof String s && type == Path.class) {
            return Path.of(s);
        }
        if (v instanceof List<?> l && type == InetSocketAddress.class && l.size() == 2
                && l.get(0) instanceof String host && l.get(1) instanceof Integer port) {
            return new InetSocketAddress(host, port);
        }
        if (v instanceof List<?> l && type.isArray() && !type.getComponentType().isPrimitive()) {
            Object[] array = (Object[]) Array.newInstance(type.getComponentType(), l.size());
            for (int i = 0; i < array.length; i++) {
                if (l.get(i) != null && !type.getComponentType().isInstance(l.get(i))) {
                    return NO;
                }
                array[i] = l.get(i);
            }
            return array;
        }
        return NO;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.of(int.class, Integer.class, long.class, Long.class, double.class, Double.class,
                boolean.class, Boolean.class, float.class, Float.class, short.class, Short.class, byte.class,
                Byte.class, char.class, Character.class).get(type);
    }

    /**
     * Python's {@code setattr(obj, name, value)} for a configuration's {@code '.'} entries: the public setter
     * ({@code terminator} through {@code setTerminator}) or public field of that name.
     *
     * @param target the object
     * @param name the attribute
     * @param value its value
     * @throws IllegalArgumentException Python's AttributeError
     */
    public static void setAttribute(Object target, String name, Object value) {
        String setter = "set" + Character.toUpperCase(camel(name).charAt(0)) + camel(name).substring(1);
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(setter) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                Object arg = coerce(value, m.getParameterTypes()[0], name);
                if (arg != NO) {
                    invoke(m, target, arg);
                    return;
                }
            }
        }
        try {
            Field f = target.getClass().getField(camel(name));
            Object arg = coerce(value, f.getType(), name);
            if (arg == NO) {
                throw new IllegalArgumentException("a " + f.getType().getSimpleName() + " is expected");
            }
            f.set(target, arg);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("'" + target.getClass().getSimpleName()
                    + "' object has no attribute " + PyStr.repr(name) + " that takes " + PyStr.repr(value), e);
        }
    }

    private static void invoke(Method m, Object target, Object arg) {
        try {
            m.invoke(target, arg);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalArgumentException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
