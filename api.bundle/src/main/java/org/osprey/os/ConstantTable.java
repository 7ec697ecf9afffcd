package org.osprey.os;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A table of the running platform's values of one family of constants, by Python name: exactly the names the
 * platform defines, as Python's modules have them. A name the platform lacks is absent, {@link #find} returns
 * empty and {@link #get} throws, never a value borrowed from another platform.
 */
public abstract class ConstantTable {
    private final String module;
    private final Map<String, Integer> values;

    /**
     * A table of the given values.
     *
     * @param module the Python module the names belong to, for messages ({@code "os"}, {@code "signal"})
     * @param values the platform's constants by name
     */
    protected ConstantTable(String module, Map<String, Integer> values) {
        this.module = module;
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Every constant the platform defines, by name, sorted by name.
     *
     * @return the constants by name, immutable
     */
    public final Map<String, Integer> asMap() {
        return values;
    }

    /**
     * Whether the platform defines {@code name} (Python's {@code hasattr(module, name)}).
     *
     * @param name the constant's Python name
     * @return whether the platform defines it
     */
    public final boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * The value of {@code name}, or empty where the platform does not define it.
     *
     * @param name the constant's Python name
     * @return its value, or empty
     */
    public final OptionalInt find(String name) {
        Integer value = values.get(name);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The value of {@code name}.
     *
     * @param name the constant's Python name
     * @return its value
     * @throws UnsupportedOperationException if the running platform does not define it
     */
    public final int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new UnsupportedOperationException(module + "." + name + " is not defined on this platform");
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
