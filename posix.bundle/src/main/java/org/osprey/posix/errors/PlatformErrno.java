package org.osprey.posix.errors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osprey.posix.abi.Abi;

/**
 * The running platform's errno values the provider compares with, and the symbolic name of any errno, from its
 * variant's table. Not from jnr-constants' platform-resolving {@code jnr.constants.platform.Errno}: its first use
 * looks the platform's enum up by reflection and costs ~20 ms, a tenth of a short process, where the variant's table
 * costs ~1.5 ms.
 */
public final class PlatformErrno {
    private static final Map<String, Integer> TABLE = table();
    private static final Map<Integer, String> NAMES = names();

    public static final int EAGAIN = value("EAGAIN");
    public static final int EALREADY = value("EALREADY");
    public static final int EBADF = value("EBADF");
    public static final int EINTR = value("EINTR");
    public static final int EINVAL = value("EINVAL");
    public static final int EISCONN = value("EISCONN");
    public static final int ENOENT = value("ENOENT");
    public static final int ENOTSUP = value("ENOTSUP");
    public static final int EOPNOTSUPP = value("EOPNOTSUPP");
    public static final int EPERM = value("EPERM");
    public static final int ERANGE = value("ERANGE");
    public static final int ESRCH = value("ESRCH");
    public static final int ETXTBSY = value("ETXTBSY");

    private PlatformErrno() {
    }

    /** The platform's symbolic name for {@code errno}, such as {@code "ENOENT"}, or null if it has none. */
    public static String name(int errno) {
        return NAMES.get(errno);
    }

    private static Map<String, Integer> table() {
        Optional<Abi> abi = Abi.of(System.getProperty("os.name"), System.getProperty("os.arch"));
        return abi.isPresent() ? abi.get().variant().errnoConstants() : Map.of();
    }

    /** Of two names for one number ({@code EAGAIN}, {@code EWOULDBLOCK}), the first in alphabetical order. */
    private static Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(TABLE).entrySet()) {
            names.putIfAbsent(e.getValue(), e.getKey());
        }
        return names;
    }

    /** -1, which no call sets, where the platform lacks the name. */
    private static int value(String name) {
        Integer value = TABLE.get(name);
        return value == null ? -1 : value;
    }
}
