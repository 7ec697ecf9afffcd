package org.osprey.os;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The errno values of Python's {@code errno} module on Windows, as CPython's {@code errnomodule.c} builds it there:
 * the Windows C runtime's {@code <errno.h>} (the UCRT, with the POSIX names Visual C++ 2010 added past 100), except
 * the socket names CPython takes from Winsock instead ({@code errno.EWOULDBLOCK} is {@code WSAEWOULDBLOCK}, 10035),
 * and the {@code WSAE*} codes themselves: {@link Errno#windows()}, and what {@link OsException} reads to choose the
 * {@code OSError} subclass of an error raised there.
 */
final class WindowsErrno {
    /**
     * The UCRT's {@code <errno.h>}, by name, less what no Python name is ({@code STRUNCATE}, {@code EOTHER});
     * {@code EDEADLOCK} is its alias of {@code EDEADLK}.
     */
    private static final Map<String, Integer> UCRT = Map.ofEntries(Map.entry("EPERM", 1), Map.entry("ENOENT", 2),
            Map.entry("ESRCH", 3), Map.entry("EINTR", 4), Map.entry("EIO", 5), Map.entry("ENXIO", 6),
            Map.entry("E2BIG", 7), Map.entry("ENOEXEC", 8), Map.entry("EBADF", 9), Map.entry("ECHILD", 10),
            Map.entry("EAGAIN", 11), Map.entry("ENOMEM", 12), Map.entry("EACCES", 13), Map.entry("EFAULT", 14),
            Map.entry("EBUSY", 16), Map.entry("EEXIST", 17), Map.entry("EXDEV", 18), Map.entry("ENODEV", 19),
            Map.entry("ENOTDIR", 20), Map.entry("EISDIR", 21), Map.entry("EINVAL", 22), Map.entry("ENFILE", 23),
            Map.entry("EMFILE", 24), Map.entry("ENOTTY", 25), Map.entry("EFBIG", 27), Map.entry("ENOSPC", 28),
            Map.entry("ESPIPE", 29), Map.entry("EROFS", 30), Map.entry("EMLINK", 31), Map.entry("EPIPE", 32),
            Map.entry("EDOM", 33), Map.entry("ERANGE", 34), Map.entry("EDEADLK", 36), Map.entry("EDEADLOCK", 36),
            Map.entry("ENAMETOOLONG", 38), Map.entry("ENOLCK", 39), Map.entry("ENOSYS", 40),
            Map.entry("ENOTEMPTY", 41), Map.entry("EILSEQ", 42),
            Map.entry("EADDRINUSE", 100), Map.entry("EADDRNOTAVAIL", 101), Map.entry("EAFNOSUPPORT", 102),
            Map.entry("EALREADY", 103), Map.entry("EBADMSG", 104), Map.entry("ECANCELED", 105),
            Map.entry("ECONNABORTED", 106), Map.entry("ECONNREFUSED", 107), Map.entry("ECONNRESET", 108),
            Map.entry("EDESTADDRREQ", 109), Map.entry("EHOSTUNREACH", 110), Map.entry("EIDRM", 111),
            Map.entry("EINPROGRESS", 112), Map.entry("EISCONN", 113), Map.entry("ELOOP", 114),
            Map.entry("EMSGSIZE", 115), Map.entry("ENETDOWN", 116), Map.entry("ENETRESET", 117),
            Map.entry("ENETUNREACH", 118), Map.entry("ENOBUFS", 119), Map.entry("ENODATA", 120),
            Map.entry("ENOLINK", 121), Map.entry("ENOMSG", 122), Map.entry("ENOPROTOOPT", 123),
            Map.entry("ENOSR", 124), Map.entry("ENOSTR", 125), Map.entry("ENOTCONN", 126),
            Map.entry("ENOTRECOVERABLE", 127), Map.entry("ENOTSOCK", 128), Map.entry("ENOTSUP", 129),
            Map.entry("EOPNOTSUPP", 130), Map.entry("EOVERFLOW", 132),
            Map.entry("EOWNERDEAD", 133), Map.entry("EPROTO", 134), Map.entry("EPROTONOSUPPORT", 135),
            Map.entry("EPROTOTYPE", 136), Map.entry("ETIME", 137), Map.entry("ETIMEDOUT", 138),
            Map.entry("ETXTBSY", 139), Map.entry("EWOULDBLOCK", 140));

    /** The UCRT names errnomodule.c undefines on Windows: "added to errno.h in VS2010 but have preferred WSA equivalents". */
    private static final Set<String> PREFERRED_WSA = Set.of("EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT",
            "EALREADY", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDESTADDRREQ", "EHOSTUNREACH", "EINPROGRESS",
            "EISCONN", "ELOOP", "EMSGSIZE", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENOBUFS", "ENOPROTOOPT",
            "ENOTCONN", "ENOTSOCK", "EOPNOTSUPP", "EPROTONOSUPPORT", "EPROTOTYPE", "ETIMEDOUT", "EWOULDBLOCK");

    /** Winsock's codes ({@code <winerror.h>}, {@code WSABASEERR} + n) that Python's {@code errno} names. */
    private static final Map<String, Integer> WINSOCK = Map.ofEntries(Map.entry("WSABASEERR", 10000),
            Map.entry("WSAEINTR", 10004), Map.entry("WSAEBADF", 10009), Map.entry("WSAEACCES", 10013),
            Map.entry("WSAEFAULT", 10014), Map.entry("WSAEINVAL", 10022), Map.entry("WSAEMFILE", 10024),
            Map.entry("WSAEWOULDBLOCK", 10035), Map.entry("WSAEINPROGRESS", 10036), Map.entry("WSAEALREADY", 10037),
            Map.entry("WSAENOTSOCK", 10038), Map.entry("WSAEDESTADDRREQ", 10039), Map.entry("WSAEMSGSIZE", 10040),
            Map.entry("WSAEPROTOTYPE", 10041), Map.entry("WSAENOPROTOOPT", 10042),
            Map.entry("WSAEPROTONOSUPPORT", 10043), Map.entry("WSAESOCKTNOSUPPORT", 10044),
            Map.entry("WSAEOPNOTSUPP", 10045), Map.entry("WSAEPFNOSUPPORT", 10046),
            Map.entry("WSAEAFNOSUPPORT", 10047), Map.entry("WSAEADDRINUSE", 10048),
            Map.entry("WSAEADDRNOTAVAIL", 10049), Map.entry("WSAENETDOWN", 10050), Map.entry("WSAENETUNREACH", 10051),
            Map.entry("WSAENETRESET", 10052), Map.entry("WSAECONNABORTED", 10053), Map.entry("WSAECONNRESET", 10054),
            Map.entry("WSAENOBUFS", 10055), Map.entry("WSAEISCONN", 10056), Map.entry("WSAENOTCONN", 10057),
            Map.entry("WSAESHUTDOWN", 10058), Map.entry("WSAETOOMANYREFS", 10059), Map.entry("WSAETIMEDOUT", 10060),
            Map.entry("WSAECONNREFUSED", 10061), Map.entry("WSAELOOP", 10062), Map.entry("WSAENAMETOOLONG", 10063),
            Map.entry("WSAEHOSTDOWN", 10064), Map.entry("WSAEHOSTUNREACH", 10065), Map.entry("WSAENOTEMPTY", 10066),
            Map.entry("WSAEPROCLIM", 10067), Map.entry("WSAEUSERS", 10068), Map.entry("WSAEDQUOT", 10069),
            Map.entry("WSAESTALE", 10070), Map.entry("WSAEREMOTE", 10071), Map.entry("WSASYSNOTREADY", 10091),
            Map.entry("WSAVERNOTSUPPORTED", 10092), Map.entry("WSANOTINITIALISED", 10093),
            Map.entry("WSAEDISCON", 10101));

    /** The {@code WSAE*} codes whose {@code E*} name errnomodule.c does not fall back to when the UCRT lacks it. */
    private static final Set<String> NO_FALLBACK = Set.of("WSAEPROCLIM", "WSAEDISCON");

    private static final Map<String, Integer> VALUES = build();
    private static final Map<Integer, String> NAMES = names();

    private WindowsErrno() {
    }

    /** {@return every errno name of Python's {@code errno} module on Windows with its value} Immutable. */
    static Map<String, Integer> values() {
        return VALUES;
    }

    /**
     * The name CPython's {@code OSError} goes by to choose its subclass for a Windows errno: the {@code E*} name of
     * that value ({@code 10035} is {@code EWOULDBLOCK}, so {@code BlockingIOError}), never a {@code WSAE*} twin.
     *
     * @param errno an errno value of the Windows C runtime or Winsock
     * @return its {@code E*} name, or {@code null} for a value none has
     */
    static String name(int errno) {
        return NAMES.get(errno);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> values = new LinkedHashMap<>(UCRT);
        values.keySet().removeAll(PREFERRED_WSA);
        for (Map.Entry<String, Integer> code : WINSOCK.entrySet()) {
            String name = code.getKey();
            values.put(name, code.getValue());
            if (name.startsWith("WSAE") && !NO_FALLBACK.contains(name)) {
                values.putIfAbsent(name.substring(3), code.getValue());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> value : VALUES.entrySet()) {
            if (value.getKey().startsWith("E") && !value.getKey().equals("EDEADLOCK")) {
                names.put(value.getValue(), value.getKey());
            }
        }
        return Collections.unmodifiableMap(names);
    }
}
