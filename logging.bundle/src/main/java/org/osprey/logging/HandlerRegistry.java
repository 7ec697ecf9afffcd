package org.osprey.logging;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Python's {@code _handlers} (named handlers, weakly) and {@code _handlerList} (every handler, weakly, in creation
 * order, for {@code shutdown}), under the module lock.
 */
final class HandlerRegistry {
    private static final Map<String, WeakReference<Handler>> NAMED = new HashMap<>();
    private static final List<WeakReference<Handler>> ALL = new ArrayList<>();

    private HandlerRegistry() {
    }

    static void created(Handler handler) {
        synchronized (Manager.LOCK) {
            ALL.removeIf(ref -> ref.get() == null);
            ALL.add(new WeakReference<>(handler));
        }
        ShutdownHook.install();
    }

    static void renamed(Handler handler, String oldName, String newName) {
        synchronized (Manager.LOCK) {
            if (oldName != null && byName(oldName) == handler) {
                NAMED.remove(oldName);
            }
            if (newName != null && !newName.isEmpty()) {
                NAMED.put(newName, new WeakReference<>(handler));
            }
        }
    }

    static Handler byName(String name) {
        synchronized (Manager.LOCK) {
            WeakReference<Handler> ref = NAMED.get(name);
            return ref == null ? null : ref.get();
        }
    }

    static Set<String> names() {
        synchronized (Manager.LOCK) {
            Set<String> names = new TreeSet<>();
            NAMED.forEach((name, ref) -> {
                if (ref.get() != null) {
                    names.add(name);
                }
            });
            return Set.copyOf(names);
        }
    }

    /** The live handlers, the newest first (the order {@code shutdown} closes them in). */
    static List<Handler> newestFirst() {
        List<Handler> out = new ArrayList<>();
        synchronized (Manager.LOCK) {
            for (int i = ALL.size() - 1; i >= 0; i--) {
                Handler h = ALL.get(i).get();
                if (h != null) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
