package org.osprey.os;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Python's {@code errno} module, {@link Os#errno()}: the running platform's error numbers by name, and
 * {@code errno.errorcode} from number to name.
 *
 * <p>The values differ between platforms ({@code ENOSYS} is 38 on Linux and 78 on macOS; {@code EWOULDBLOCK} is
 * Windows' {@code WSAEWOULDBLOCK}, 10035), so, like the {@code O_*} and {@code SCHED_*} accessors of {@link Os},
 * each name is an accessor that reads the provider's table: {@code errno.ENOENT} is {@code os.errno().ENOENT()}.
 * A name the running platform lacks (where Python's {@code errno} has no such attribute) throws
 * {@link UnsupportedOperationException}: the Linux-only names on macOS and Windows, the macOS-only ones
 * ({@code EAUTH}, {@code ENOATTR}, ...) elsewhere, the Windows socket names ({@code WSAE*}) off Windows.
 * {@link #asMap} lists what the platform defines without throwing.
 *
 * <p>Where two names share a number ({@code EAGAIN} and {@code EWOULDBLOCK} on Linux), {@link #errorcode()}
 * holds the one CPython's module defines last, as Python's dictionary does.
 */
public final class Errno {
    /** Python's names, in the order CPython's {@code errnomodule.c} defines them: a later alias wins. */
    static final List<String> NAMES = List.of(
            "ENODEV", "ENOCSI", "EHOSTUNREACH", "ENOMSG", "EUCLEAN", "EL2NSYNC", "EL2HLT", "ENODATA", "ENOTBLK",
            "ENOSYS", "EPIPE", "EINVAL", "EOVERFLOW", "EADV", "EINTR", "EUSERS", "ENOTEMPTY", "ENOBUFS", "EPROTO",
            "EREMOTE", "ENAVAIL", "ECHILD", "ELOOP", "EXDEV", "E2BIG", "ESRCH", "EMSGSIZE", "EAFNOSUPPORT",
            "EBADR", "EHOSTDOWN", "EPFNOSUPPORT", "ENOPROTOOPT", "EBUSY", "EWOULDBLOCK", "EBADFD", "EDOTDOT",
            "EISCONN", "ENOANO", "ESHUTDOWN", "ECHRNG", "ELIBBAD", "ENONET", "EBADE", "EBADF", "EMULTIHOP", "EIO",
            "EUNATCH", "EPROTOTYPE", "ENOSPC", "ENOEXEC", "EALREADY", "ENETDOWN", "ENOTNAM", "EACCES", "ELNRNG",
            "EILSEQ", "ENOTDIR", "ENOTUNIQ", "EPERM", "EDOM", "EXFULL", "ECONNREFUSED", "EISDIR",
            "EPROTONOSUPPORT", "EROFS", "EADDRNOTAVAIL", "EIDRM", "ECOMM", "ESRMNT", "EREMOTEIO", "EL3RST",
            "EBADMSG", "ENFILE", "ELIBMAX", "ESPIPE", "ENOLINK", "ENETRESET", "ETIMEDOUT", "ENOENT", "EEXIST",
            "EDQUOT", "ENOSTR", "EBADSLT", "EBADRQC", "ELIBACC", "EFAULT", "EFBIG", "EDEADLK", "ENOTCONN",
            "EDESTADDRREQ", "ELIBSCN", "ENOLCK", "EISNAM", "ECONNABORTED", "ENETUNREACH", "ESTALE", "ENOSR",
            "ENOMEM", "ENOTSOCK", "ESTRPIPE", "EMLINK", "ERANGE", "ELIBEXEC", "EL3HLT", "ECONNRESET", "EADDRINUSE",
            "EOPNOTSUPP", "EREMCHG", "EAGAIN", "ENAMETOOLONG", "ENOTTY", "ERESTART", "ESOCKTNOSUPPORT", "ETIME",
            "EBFONT", "EDEADLOCK", "ETOOMANYREFS", "EMFILE", "ETXTBSY", "EINPROGRESS", "ENXIO", "ENOPKG",
            "WSAEHOSTDOWN", "WSAENETDOWN", "WSAENOTSOCK", "WSAEHOSTUNREACH", "WSAELOOP", "WSAEMFILE", "WSAESTALE",
            "WSAVERNOTSUPPORTED", "WSAENETUNREACH", "WSAEPROCLIM", "WSAEFAULT", "WSANOTINITIALISED", "WSAEUSERS",
            "WSAENOPROTOOPT", "WSAECONNABORTED", "WSAENAMETOOLONG", "WSAENOTEMPTY", "WSAESHUTDOWN",
            "WSAEAFNOSUPPORT", "WSAETOOMANYREFS", "WSAEACCES", "WSABASEERR", "WSAEMSGSIZE", "WSAEBADF",
            "WSAECONNRESET", "WSAETIMEDOUT", "WSAENOBUFS", "WSAEDISCON", "WSAEINTR", "WSAEPROTOTYPE",
            "WSAEADDRINUSE", "WSAEADDRNOTAVAIL", "WSAEALREADY", "WSAEPROTONOSUPPORT", "WSASYSNOTREADY",
            "WSAEWOULDBLOCK", "WSAEPFNOSUPPORT", "WSAEOPNOTSUPP", "WSAEISCONN", "WSAEDQUOT", "WSAENOTCONN",
            "WSAEREMOTE", "WSAEINVAL", "WSAEINPROGRESS", "WSAESOCKTNOSUPPORT", "WSAEDESTADDRREQ",
            "WSAECONNREFUSED", "WSAENETRESET", "ENOMEDIUM", "EMEDIUMTYPE", "ECANCELED", "ENOKEY", "EKEYEXPIRED",
            "EKEYREVOKED", "EKEYREJECTED", "EOWNERDEAD", "ENOTRECOVERABLE", "ERFKILL", "ENOTSUP", "EAUTH",
            "EBADARCH", "EBADEXEC", "EBADMACHO", "EBADRPC", "EDEVERR", "EFTYPE", "ENEEDAUTH", "ENOATTR",
            "ENOPOLICY", "EPROCLIM", "EPROCUNAVAIL", "EPROGMISMATCH", "EPROGUNAVAIL", "EPWROFF", "ERPCMISMATCH",
            "ESHLIBVERS", "EQFULL");

    private final Map<String, Integer> values;
    private final Map<Integer, String> errorcode;

    /**
     * The module of one platform: {@code platform} holds its errno values by name. Names Python's {@code errno}
     * module does not define (a newer kernel's {@code EHWPOISON}, say) are left out.
     */
    public Errno(Map<String, Integer> platform) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        for (String name : NAMES) {
            Integer value = platform.get(name);
            if (value != null) {
                byName.put(name, value);
                byNumber.put(value, name);
            }
        }
        this.values = Collections.unmodifiableMap(byName);
        this.errorcode = Collections.unmodifiableMap(byNumber);
    }

    /** {@code errno.errorcode}: each number the platform defines, with its name. Immutable. */
    public Map<Integer, String> errorcode() {
        return errorcode;
    }

    /** {@code errno.errorcode.get(errno)}: the name of a number, empty for one the platform does not name. */
    public Optional<String> name(int errno) {
        return Optional.ofNullable(errorcode.get(errno));
    }

    /**
     * The name of an error's errno ({@code errno.errorcode.get(e.errno)}): empty for an error without an errno
     * ({@link OsException#hasErrno()}) or with one the platform does not name.
     */
    public Optional<String> name(OsException e) {
        return e.hasErrno() ? name(e.errno()) : Optional.empty();
    }

    /** Every name the platform defines, with its number, in CPython's order: {@code hasattr(errno, name)}. */
    public Map<String, Integer> asMap() {
        return values;
    }

    private int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new UnsupportedOperationException("errno." + name + " is not defined on this platform");
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    // ---- the names Python's errno has on Linux (most of them on macOS and Windows too) ----

    public int E2BIG() {
        return get("E2BIG");
    }

    public int EACCES() {
        return get("EACCES");
    }

    public int EADDRINUSE() {
        return get("EADDRINUSE");
    }

    public int EADDRNOTAVAIL() {
        return get("EADDRNOTAVAIL");
    }

    public int EADV() {
        return get("EADV");
    }

    public int EAFNOSUPPORT() {
        return get("EAFNOSUPPORT");
    }

    public int EAGAIN() {
        return get("EAGAIN");
    }

    public int EALREADY() {
        return get("EALREADY");
    }

    public int EBADE() {
        return get("EBADE");
    }

    public int EBADF() {
        return get("EBADF");
    }

    public int EBADFD() {
        return get("EBADFD");
    }

    public int EBADMSG() {
        return get("EBADMSG");
    }

    public int EBADR() {
        return get("EBADR");
    }

    public int EBADRQC() {
        return get("EBADRQC");
    }

    public int EBADSLT() {
        return get("EBADSLT");
    }

    public int EBFONT() {
        return get("EBFONT");
    }

    public int EBUSY() {
        return get("EBUSY");
    }

    public int ECANCELED() {
        return get("ECANCELED");
    }

    public int ECHILD() {
        return get("ECHILD");
    }

    public int ECHRNG() {
        return get("ECHRNG");
    }

    public int ECOMM() {
        return get("ECOMM");
    }

    public int ECONNABORTED() {
        return get("ECONNABORTED");
    }

    public int ECONNREFUSED() {
        return get("ECONNREFUSED");
    }

    public int ECONNRESET() {
        return get("ECONNRESET");
    }

    public int EDEADLK() {
        return get("EDEADLK");
    }

    public int EDEADLOCK() {
        return get("EDEADLOCK");
    }

    public int EDESTADDRREQ() {
        return get("EDESTADDRREQ");
    }

    public int EDOM() {
        return get("EDOM");
    }

    public int EDOTDOT() {
        return get("EDOTDOT");
    }

    public int EDQUOT() {
        return get("EDQUOT");
    }

    public int EEXIST() {
        return get("EEXIST");
    }

    public int EFAULT() {
        return get("EFAULT");
    }

    public int EFBIG() {
        return get("EFBIG");
    }

    public int EHOSTDOWN() {
        return get("EHOSTDOWN");
    }

    public int EHOSTUNREACH() {
        return get("EHOSTUNREACH");
    }

    public int EIDRM() {
        return get("EIDRM");
    }

    public int EILSEQ() {
        return get("EILSEQ");
    }

    public int EINPROGRESS() {
        return get("EINPROGRESS");
    }

    public int EINTR() {
        return get("EINTR");
    }

    public int EINVAL() {
        return get("EINVAL");
    }

    public int EIO() {
        return get("EIO");
    }

    public int EISCONN() {
        return get("EISCONN");
    }

    public int EISDIR() {
        return get("EISDIR");
    }

    public int EISNAM() {
        return get("EISNAM");
    }

    public int EKEYEXPIRED() {
        return get("EKEYEXPIRED");
    }

    public int EKEYREJECTED() {
        return get("EKEYREJECTED");
    }

    public int EKEYREVOKED() {
        return get("EKEYREVOKED");
    }

    public int EL2HLT() {
        return get("EL2HLT");
    }

    public int EL2NSYNC() {
        return get("EL2NSYNC");
    }

    public int EL3HLT() {
        return get("EL3HLT");
    }

    public int EL3RST() {
        return get("EL3RST");
    }

    public int ELIBACC() {
        return get("ELIBACC");
    }

    public int ELIBBAD() {
        return get("ELIBBAD");
    }

    public int ELIBEXEC() {
        return get("ELIBEXEC");
    }

    public int ELIBMAX() {
        return get("ELIBMAX");
    }

    public int ELIBSCN() {
        return get("ELIBSCN");
    }

    public int ELNRNG() {
        return get("ELNRNG");
    }

    public int ELOOP() {
        return get("ELOOP");
    }

    public int EMEDIUMTYPE() {
        return get("EMEDIUMTYPE");
    }

    public int EMFILE() {
        return get("EMFILE");
    }

    public int EMLINK() {
        return get("EMLINK");
    }

    public int EMSGSIZE() {
        return get("EMSGSIZE");
    }

    public int EMULTIHOP() {
        return get("EMULTIHOP");
    }

    public int ENAMETOOLONG() {
        return get("ENAMETOOLONG");
    }

    public int ENAVAIL() {
        return get("ENAVAIL");
    }

    public int ENETDOWN() {
        return get("ENETDOWN");
    }

    public int ENETRESET() {
        return get("ENETRESET");
    }

    public int ENETUNREACH() {
        return get("ENETUNREACH");
    }

    public int ENFILE() {
        return get("ENFILE");
    }

    public int ENOANO() {
        return get("ENOANO");
    }

    public int ENOBUFS() {
        return get("ENOBUFS");
    }

    public int ENOCSI() {
        return get("ENOCSI");
    }

    public int ENODATA() {
        return get("ENODATA");
    }

    public int ENODEV() {
        return get("ENODEV");
    }

    public int ENOENT() {
        return get("ENOENT");
    }

    public int ENOEXEC() {
        return get("ENOEXEC");
    }

    public int ENOKEY() {
        return get("ENOKEY");
    }

    public int ENOLCK() {
        return get("ENOLCK");
    }

    public int ENOLINK() {
        return get("ENOLINK");
    }

    public int ENOMEDIUM() {
        return get("ENOMEDIUM");
    }

    public int ENOMEM() {
        return get("ENOMEM");
    }

    public int ENOMSG() {
        return get("ENOMSG");
    }

    public int ENONET() {
        return get("ENONET");
    }

    public int ENOPKG() {
        return get("ENOPKG");
    }

    public int ENOPROTOOPT() {
        return get("ENOPROTOOPT");
    }

    public int ENOSPC() {
        return get("ENOSPC");
    }

    public int ENOSR() {
        return get("ENOSR");
    }

    public int ENOSTR() {
        return get("ENOSTR");
    }

    public int ENOSYS() {
        return get("ENOSYS");
    }

    public int ENOTBLK() {
        return get("ENOTBLK");
    }

    public int ENOTCONN() {
        return get("ENOTCONN");
    }

    public int ENOTDIR() {
        return get("ENOTDIR");
    }

    public int ENOTEMPTY() {
        return get("ENOTEMPTY");
    }

    public int ENOTNAM() {
        return get("ENOTNAM");
    }

    public int ENOTRECOVERABLE() {
        return get("ENOTRECOVERABLE");
    }

    public int ENOTSOCK() {
        return get("ENOTSOCK");
    }

    public int ENOTSUP() {
        return get("ENOTSUP");
    }

    public int ENOTTY() {
        return get("ENOTTY");
    }

    public int ENOTUNIQ() {
        return get("ENOTUNIQ");
    }

    public int ENXIO() {
        return get("ENXIO");
    }

    public int EOPNOTSUPP() {
        return get("EOPNOTSUPP");
    }

    public int EOVERFLOW() {
        return get("EOVERFLOW");
    }

    public int EOWNERDEAD() {
        return get("EOWNERDEAD");
    }

    public int EPERM() {
        return get("EPERM");
    }

    public int EPFNOSUPPORT() {
        return get("EPFNOSUPPORT");
    }

    public int EPIPE() {
        return get("EPIPE");
    }

    public int EPROTO() {
        return get("EPROTO");
    }

    public int EPROTONOSUPPORT() {
        return get("EPROTONOSUPPORT");
    }

    public int EPROTOTYPE() {
        return get("EPROTOTYPE");
    }

    public int ERANGE() {
        return get("ERANGE");
    }

    public int EREMCHG() {
        return get("EREMCHG");
    }

    public int EREMOTE() {
        return get("EREMOTE");
    }

    public int EREMOTEIO() {
        return get("EREMOTEIO");
    }

    public int ERESTART() {
        return get("ERESTART");
    }

    public int ERFKILL() {
        return get("ERFKILL");
    }

    public int EROFS() {
        return get("EROFS");
    }

    public int ESHUTDOWN() {
        return get("ESHUTDOWN");
    }

    public int ESOCKTNOSUPPORT() {
        return get("ESOCKTNOSUPPORT");
    }

    public int ESPIPE() {
        return get("ESPIPE");
    }

    public int ESRCH() {
        return get("ESRCH");
    }

    public int ESRMNT() {
        return get("ESRMNT");
    }

    public int ESTALE() {
        return get("ESTALE");
    }

    public int ESTRPIPE() {
        return get("ESTRPIPE");
    }

    public int ETIME() {
        return get("ETIME");
    }

    public int ETIMEDOUT() {
        return get("ETIMEDOUT");
    }

    public int ETOOMANYREFS() {
        return get("ETOOMANYREFS");
    }

    public int ETXTBSY() {
        return get("ETXTBSY");
    }

    public int EUCLEAN() {
        return get("EUCLEAN");
    }

    public int EUNATCH() {
        return get("EUNATCH");
    }

    public int EUSERS() {
        return get("EUSERS");
    }

    public int EWOULDBLOCK() {
        return get("EWOULDBLOCK");
    }

    public int EXDEV() {
        return get("EXDEV");
    }

    public int EXFULL() {
        return get("EXFULL");
    }

    // ---- macOS only ----

    public int EAUTH() {
        return get("EAUTH");
    }

    public int EBADARCH() {
        return get("EBADARCH");
    }

    public int EBADEXEC() {
        return get("EBADEXEC");
    }

    public int EBADMACHO() {
        return get("EBADMACHO");
    }

    public int EBADRPC() {
        return get("EBADRPC");
    }

    public int EDEVERR() {
        return get("EDEVERR");
    }

    public int EFTYPE() {
        return get("EFTYPE");
    }

    public int ENEEDAUTH() {
        return get("ENEEDAUTH");
    }

    public int ENOATTR() {
        return get("ENOATTR");
    }

    public int ENOPOLICY() {
        return get("ENOPOLICY");
    }

    public int EPROCLIM() {
        return get("EPROCLIM");
    }

    public int EPROCUNAVAIL() {
        return get("EPROCUNAVAIL");
    }

    public int EPROGMISMATCH() {
        return get("EPROGMISMATCH");
    }

    public int EPROGUNAVAIL() {
        return get("EPROGUNAVAIL");
    }

    public int EPWROFF() {
        return get("EPWROFF");
    }

    public int ERPCMISMATCH() {
        return get("ERPCMISMATCH");
    }

    public int ESHLIBVERS() {
        return get("ESHLIBVERS");
    }

    public int EQFULL() {
        return get("EQFULL");
    }

    // ---- Windows only: the Winsock errors ----

    public int WSABASEERR() {
        return get("WSABASEERR");
    }

    public int WSAEACCES() {
        return get("WSAEACCES");
    }

    public int WSAEADDRINUSE() {
        return get("WSAEADDRINUSE");
    }

    public int WSAEADDRNOTAVAIL() {
        return get("WSAEADDRNOTAVAIL");
    }

    public int WSAEAFNOSUPPORT() {
        return get("WSAEAFNOSUPPORT");
    }

    public int WSAEALREADY() {
        return get("WSAEALREADY");
    }

    public int WSAEBADF() {
        return get("WSAEBADF");
    }

    public int WSAECONNABORTED() {
        return get("WSAECONNABORTED");
    }

    public int WSAECONNREFUSED() {
        return get("WSAECONNREFUSED");
    }

    public int WSAECONNRESET() {
        return get("WSAECONNRESET");
    }

    public int WSAEDESTADDRREQ() {
        return get("WSAEDESTADDRREQ");
    }

    public int WSAEDISCON() {
        return get("WSAEDISCON");
    }

    public int WSAEDQUOT() {
        return get("WSAEDQUOT");
    }

    public int WSAEFAULT() {
        return get("WSAEFAULT");
    }

    public int WSAEHOSTDOWN() {
        return get("WSAEHOSTDOWN");
    }

    public int WSAEHOSTUNREACH() {
        return get("WSAEHOSTUNREACH");
    }

    public int WSAEINPROGRESS() {
        return get("WSAEINPROGRESS");
    }

    public int WSAEINTR() {
        return get("WSAEINTR");
    }

    public int WSAEINVAL() {
        return get("WSAEINVAL");
    }

    public int WSAEISCONN() {
        return get("WSAEISCONN");
    }

    public int WSAELOOP() {
        return get("WSAELOOP");
    }

    public int WSAEMFILE() {
        return get("WSAEMFILE");
    }

    public int WSAEMSGSIZE() {
        return get("WSAEMSGSIZE");
    }

    public int WSAENAMETOOLONG() {
        return get("WSAENAMETOOLONG");
    }

    public int WSAENETDOWN() {
        return get("WSAENETDOWN");
    }

    public int WSAENETRESET() {
        return get("WSAENETRESET");
    }

    public int WSAENETUNREACH() {
        return get("WSAENETUNREACH");
    }

    public int WSAENOBUFS() {
        return get("WSAENOBUFS");
    }

    public int WSAENOPROTOOPT() {
        return get("WSAENOPROTOOPT");
    }

    public int WSAENOTCONN() {
        return get("WSAENOTCONN");
    }

    public int WSAENOTEMPTY() {
        return get("WSAENOTEMPTY");
    }

    public int WSAENOTSOCK() {
        return get("WSAENOTSOCK");
    }

    public int WSAEOPNOTSUPP() {
        return get("WSAEOPNOTSUPP");
    }

    public int WSAEPFNOSUPPORT() {
        return get("WSAEPFNOSUPPORT");
    }

    public int WSAEPROCLIM() {
        return get("WSAEPROCLIM");
    }

    public int WSAEPROTONOSUPPORT() {
        return get("WSAEPROTONOSUPPORT");
    }

    public int WSAEPROTOTYPE() {
        return get("WSAEPROTOTYPE");
    }

    public int WSAEREMOTE() {
        return get("WSAEREMOTE");
    }

    public int WSAESHUTDOWN() {
        return get("WSAESHUTDOWN");
    }

    public int WSAESOCKTNOSUPPORT() {
        return get("WSAESOCKTNOSUPPORT");
    }

    public int WSAESTALE() {
        return get("WSAESTALE");
    }

    public int WSAETIMEDOUT() {
        return get("WSAETIMEDOUT");
    }

    public int WSAETOOMANYREFS() {
        return get("WSAETOOMANYREFS");
    }

    public int WSAEUSERS() {
        return get("WSAEUSERS");
    }

    public int WSAEWOULDBLOCK() {
        return get("WSAEWOULDBLOCK");
    }

    public int WSANOTINITIALISED() {
        return get("WSANOTINITIALISED");
    }

    public int WSASYSNOTREADY() {
        return get("WSASYSNOTREADY");
    }

    public int WSAVERNOTSUPPORTED() {
        return get("WSAVERNOTSUPPORTED");
    }
}
