package org.osprey.os.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.osprey.os.FsCodec;

/**
 * {@code os.environb}: {@link Environ} seen through {@link FsCodec}, which maps bytes to strings one to one, so
 * both maps share one store and can never disagree. Lookups, {@code equals} and {@code hashCode} compare
 * {@code byte[]} keys and values by content; every array handed out is a fresh copy.
 */
final class EnvironBytes extends AbstractMap<byte[], byte[]> {
    private final Map<String, String> environ;

    EnvironBytes(Map<String, String> environ) {
        this.environ = environ;
    }

    private static String text(Object bytes) {
        return bytes instanceof byte[] b ? FsCodec.decode(b) : null;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : FsCodec.encode(text);
    }

    @Override
    public byte[] get(Object key) {
        String k = text(key);
        return k == null ? null : bytes(environ.get(k));
    }

    @Override
    public boolean containsKey(Object key) {
        String k = text(key);
        return k != null && environ.containsKey(k);
    }

    @Override
    public boolean containsValue(Object value) {
        String v = text(value);
        return v != null && environ.containsValue(v);
    }

    @Override
    public byte[] put(byte[] key, byte[] value) {
        return bytes(environ.put(FsCodec.decode(key), FsCodec.decode(value)));
    }

    @Override
    public byte[] remove(Object key) {
        String k = text(key);
        return k == null ? null : bytes(environ.remove(k));
    }

    @Override
    public int size() {
        return environ.size();
    }

    /** Equal to a map of the same names and values, compared as bytes (AbstractMap's would compare identities). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
            return false;
        }
        for (Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof byte[] value) || !Arrays.equals(value, get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Entry<byte[], byte[]> e : entrySet()) {
            hash += Arrays.hashCode(e.getKey()) ^ Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    @Override
    public Set<Entry<byte[], byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<byte[], byte[]>> iterator() {
                Iterator<Entry<String, String>> texts = environ.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return texts.hasNext();
                    }

                    @Override
                    public Entry<byte[], byte[]> next() {
                        Entry<String, String> e = texts.next();
                        return new SimpleEntry<>(bytes(e.getKey()), bytes(e.getValue())) {
                            @Override
                            public byte[] setValue(byte[] value) {
                                super.setValue(value);
                                return bytes(e.setValue(FsCodec.decode(value)));
                            }

                            @Override
                            public String toString() {
                                return Arrays.toString(getKey()) + "=" + Arrays.toString(getValue());
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        texts.remove();
                    }
                };
            }

            @Override
            public int size() {
                return environ.size();
            }
        };
    }
}
