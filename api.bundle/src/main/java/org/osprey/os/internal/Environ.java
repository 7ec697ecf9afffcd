package org.osprey.os.internal;

import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.osprey.os.EnvironKeys;
import org.osprey.os.OsException;
import org.osprey.os.spi.Environment;

/**
 * {@code os.environ}: read from the native environment once, then kept in step with it, since every change
 * made through the map is also made natively ({@code setenv}/{@code unsetenv}). Keys follow the platform's
 * {@link EnvironKeys}: on Windows a name is found whatever its case, and kept upper-cased. As in Python,
 * {@code os.putenv}/{@code os.unsetenv} change only the native side. A native failure surfaces as an
 * {@link UncheckedIOException} around the {@link OsException}; the map is then left unchanged.
 */
final class Environ extends AbstractMap<String, String> {
    private final Environment env;
    private final EnvironKeys keys;
    private final Map<String, String> values = new LinkedHashMap<>();

    Environ(Environment env, EnvironKeys keys) {
        this.env = env;
        this.keys = keys;
        for (Map.Entry<String, String> e : env.environ().entrySet()) {
            values.put(keys.normalize(e.getKey()), e.getValue());
        }
    }

    /** The key a lookup by {@code key} finds, or null for what is no name. */
    private String keyOf(Object key) {
        return key instanceof String k ? keys.normalize(k) : null;
    }

    @Override
    public synchronized String get(Object key) {
        return values.get(keyOf(key));
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return values.containsKey(keyOf(key));
    }

    @Override
    public synchronized int size() {
        return values.size();
    }

    @Override
    public synchronized String put(String key, String value) {
        String k = keys.normalize(keys.check(key));
        Args.envValue(value);
        try {
            env.putenv(k, value);
        } catch (OsException e) {
            throw new UncheckedIOException(e);
        }
        return values.put(k, value);
    }

    @Override
    public synchronized String remove(Object key) {
        String k = keyOf(key);
        if (k == null || !values.containsKey(k)) {
            return null;
        }
        try {
            env.unsetenv(k);
        } catch (OsException e) {
            throw new UncheckedIOException(e);
        }
        return values.remove(k);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                Iterator<Entry<String, String>> snapshot;
                synchronized (Environ.this) {
                    snapshot = Map.copyOf(values).entrySet().iterator();
                }
                return new Iterator<>() {
                    private Entry<String, String> last;

                    @Override
                    public boolean hasNext() {
                        return snapshot.hasNext();
                    }

                    @Override
                    public Entry<String, String> next() {
                        Entry<String, String> e = snapshot.next();
                        last = e;
                        return new SimpleEntry<>(e) {
                            @Override
                            public String setValue(String value) {
                                return put(getKey(), value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last == null) {
                            throw new IllegalStateException();
                        }
                        Environ.this.remove(last.getKey());
                        last = null;
                    }
                };
            }

            @Override
            public int size() {
                return Environ.this.size();
            }
        };
    }
}
