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
     *
     * @param platform the platform's errno values by name
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

    /**
     * Python's {@code errno} module as CPython builds it on Windows, whatever this platform is (as {@code ntpath} is
     * Windows' {@code os.path} on any OS): the Windows C runtime's values, with Winsock's codes for the socket names
     * ({@code EWOULDBLOCK} is {@code WSAEWOULDBLOCK}, 10035). An Osprey extension for reading Windows' error numbers
     * anywhere; on Windows, {@link Os#errno()} is this table.
     *
     * @return the module of Windows
     */
    public static Errno windows() {
        return WindowsHolder.WINDOWS;
    }

    /** Built on first use: every other platform's first {@code os.errno()} need not make Windows' tables. */
    private static final class WindowsHolder {
        static final Errno WINDOWS = new Errno(WindowsErrno.values());
    }

    /**
     * {@code errno.errorcode}: each number the platform defines, with its name. Immutable.
     *
     * @return the names by number
     */
    public Map<Integer, String> errorcode() {
        return errorcode;
    }

    /**
     * {@code errno.errorcode.get(errno)}: the name of a number, empty for one the platform does not name.
     *
     * @param errno an error number
     * @return its name, or empty
     */
    public Optional<String> name(int errno) {
        return Optional.ofNullable(errorcode.get(errno));
    }

    /**
     * The name of an error's errno ({@code errno.errorcode.get(e.errno)}): empty for an error without an errno
     * ({@link OsException#hasErrno()}) or with one the platform does not name.
     *
     * @param e an error
     * @return the name of its errno, or empty
     */
    public Optional<String> name(OsException e) {
        return e.hasErrno() ? name(e.errno()) : Optional.empty();
    }

    /**
     * Every name the platform defines, with its number, in CPython's order: {@code hasattr(errno, name)}.
     *
     * @return the numbers by name, immutable
     */
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

    /** {@return {@code errno.E2BIG}, "Argument list too long" on Linux} */
    public int E2BIG() {
        return get("E2BIG");
    }

    /** {@return {@code errno.EACCES}, "Permission denied" on Linux} */
    public int EACCES() {
        return get("EACCES");
    }

    /** {@return {@code errno.EADDRINUSE}, "Address already in use" on Linux} */
    public int EADDRINUSE() {
        return get("EADDRINUSE");
    }

    /** {@return {@code errno.EADDRNOTAVAIL}, "Cannot assign requested address" on Linux} */
    public int EADDRNOTAVAIL() {
        return get("EADDRNOTAVAIL");
    }

    /** {@return {@code errno.EADV}, "Advertise error" on Linux} */
    public int EADV() {
        return get("EADV");
    }

    /** {@return {@code errno.EAFNOSUPPORT}, "Address family not supported by protocol" on Linux} */
    public int EAFNOSUPPORT() {
        return get("EAFNOSUPPORT");
    }

    /** {@return {@code errno.EAGAIN}, "Resource temporarily unavailable" on Linux} */
    public int EAGAIN() {
        return get("EAGAIN");
    }

    /** {@return {@code errno.EALREADY}, "Operation already in progress" on Linux} */
    public int EALREADY() {
        return get("EALREADY");
    }

    /** {@return {@code errno.EBADE}, "Invalid exchange" on Linux} */
    public int EBADE() {
        return get("EBADE");
    }

    /** {@return {@code errno.EBADF}, "Bad file descriptor" on Linux} */
    public int EBADF() {
        return get("EBADF");
    }

    /** {@return {@code errno.EBADFD}, "File descriptor in bad state" on Linux} */
    public int EBADFD() {
        return get("EBADFD");
    }

    /** {@return {@code errno.EBADMSG}, "Bad message" on Linux} */
    public int EBADMSG() {
        return get("EBADMSG");
    }

    /** {@return {@code errno.EBADR}, "Invalid request descriptor" on Linux} */
    public int EBADR() {
        return get("EBADR");
    }

    /** {@return {@code errno.EBADRQC}, "Invalid request code" on Linux} */
    public int EBADRQC() {
        return get("EBADRQC");
    }

    /** {@return {@code errno.EBADSLT}, "Invalid slot" on Linux} */
    public int EBADSLT() {
        return get("EBADSLT");
    }

    /** {@return {@code errno.EBFONT}, "Bad font file format" on Linux} */
    public int EBFONT() {
        return get("EBFONT");
    }

    /** {@return {@code errno.EBUSY}, "Device or resource busy" on Linux} */
    public int EBUSY() {
        return get("EBUSY");
    }

    /** {@return {@code errno.ECANCELED}, "Operation canceled" on Linux} */
    public int ECANCELED() {
        return get("ECANCELED");
    }

    /** {@return {@code errno.ECHILD}, "No child processes" on Linux} */
    public int ECHILD() {
        return get("ECHILD");
    }

    /** {@return {@code errno.ECHRNG}, "Channel number out of range" on Linux} */
    public int ECHRNG() {
        return get("ECHRNG");
    }

    /** {@return {@code errno.ECOMM}, "Communication error on send" on Linux} */
    public int ECOMM() {
        return get("ECOMM");
    }

    /** {@return {@code errno.ECONNABORTED}, "Software caused connection abort" on Linux} */
    public int ECONNABORTED() {
        return get("ECONNABORTED");
    }

    /** {@return {@code errno.ECONNREFUSED}, "Connection refused" on Linux} */
    public int ECONNREFUSED() {
        return get("ECONNREFUSED");
    }

    /** {@return {@code errno.ECONNRESET}, "Connection reset by peer" on Linux} */
    public int ECONNRESET() {
        return get("ECONNRESET");
    }

    /** {@return {@code errno.EDEADLK}, "Resource deadlock avoided" on Linux} */
    public int EDEADLK() {
        return get("EDEADLK");
    }

    /** {@return {@code errno.EDEADLOCK}, "Resource deadlock avoided" on Linux} */
    public int EDEADLOCK() {
        return get("EDEADLOCK");
    }

    /** {@return {@code errno.EDESTADDRREQ}, "Destination address required" on Linux} */
    public int EDESTADDRREQ() {
        return get("EDESTADDRREQ");
    }

    /** {@return {@code errno.EDOM}, "Numerical argument out of domain" on Linux} */
    public int EDOM() {
        return get("EDOM");
    }

    /** {@return {@code errno.EDOTDOT}, "RFS specific error" on Linux} */
    public int EDOTDOT() {
        return get("EDOTDOT");
    }

    /** {@return {@code errno.EDQUOT}, "Disk quota exceeded" on Linux} */
    public int EDQUOT() {
        return get("EDQUOT");
    }

    /** {@return {@code errno.EEXIST}, "File exists" on Linux} */
    public int EEXIST() {
        return get("EEXIST");
    }

    /** {@return {@code errno.EFAULT}, "Bad address" on Linux} */
    public int EFAULT() {
        return get("EFAULT");
    }

    /** {@return {@code errno.EFBIG}, "File too large" on Linux} */
    public int EFBIG() {
        return get("EFBIG");
    }

    /** {@return {@code errno.EHOSTDOWN}, "Host is down" on Linux} */
    public int EHOSTDOWN() {
        return get("EHOSTDOWN");
    }

    /** {@return {@code errno.EHOSTUNREACH}, "No route to host" on Linux} */
    public int EHOSTUNREACH() {
        return get("EHOSTUNREACH");
    }

    /** {@return {@code errno.EIDRM}, "Identifier removed" on Linux} */
    public int EIDRM() {
        return get("EIDRM");
    }

    /** {@return {@code errno.EILSEQ}, "Invalid or incomplete multibyte or wide character" on Linux} */
    public int EILSEQ() {
        return get("EILSEQ");
    }

    /** {@return {@code errno.EINPROGRESS}, "Operation now in progress" on Linux} */
    public int EINPROGRESS() {
        return get("EINPROGRESS");
    }

    /** {@return {@code errno.EINTR}, "Interrupted system call" on Linux} */
    public int EINTR() {
        return get("EINTR");
    }

    /** {@return {@code errno.EINVAL}, "Invalid argument" on Linux} */
    public int EINVAL() {
        return get("EINVAL");
    }

    /** {@return {@code errno.EIO}, "Input/output error" on Linux} */
    public int EIO() {
        return get("EIO");
    }

    /** {@return {@code errno.EISCONN}, "Transport endpoint is already connected" on Linux} */
    public int EISCONN() {
        return get("EISCONN");
    }

    /** {@return {@code errno.EISDIR}, "Is a directory" on Linux} */
    public int EISDIR() {
        return get("EISDIR");
    }

    /** {@return {@code errno.EISNAM}, "Is a named type file" on Linux} */
    public int EISNAM() {
        return get("EISNAM");
    }

    /** {@return {@code errno.EKEYEXPIRED}, "Key has expired" on Linux} */
    public int EKEYEXPIRED() {
        return get("EKEYEXPIRED");
    }

    /** {@return {@code errno.EKEYREJECTED}, "Key was rejected by service" on Linux} */
    public int EKEYREJECTED() {
        return get("EKEYREJECTED");
    }

    /** {@return {@code errno.EKEYREVOKED}, "Key has been revoked" on Linux} */
    public int EKEYREVOKED() {
        return get("EKEYREVOKED");
    }

    /** {@return {@code errno.EL2HLT}, "Level 2 halted" on Linux} */
    public int EL2HLT() {
        return get("EL2HLT");
    }

    /** {@return {@code errno.EL2NSYNC}, "Level 2 not synchronized" on Linux} */
    public int EL2NSYNC() {
        return get("EL2NSYNC");
    }

    /** {@return {@code errno.EL3HLT}, "Level 3 halted" on Linux} */
    public int EL3HLT() {
        return get("EL3HLT");
    }

    /** {@return {@code errno.EL3RST}, "Level 3 reset" on Linux} */
    public int EL3RST() {
        return get("EL3RST");
    }

    /** {@return {@code errno.ELIBACC}, "Can not access a needed shared library" on Linux} */
    public int ELIBACC() {
        return get("ELIBACC");
    }

    /** {@return {@code errno.ELIBBAD}, "Accessing a corrupted shared library" on Linux} */
    public int ELIBBAD() {
        return get("ELIBBAD");
    }

    /** {@return {@code errno.ELIBEXEC}, "Cannot exec a shared library directly" on Linux} */
    public int ELIBEXEC() {
        return get("ELIBEXEC");
    }

    /** {@return {@code errno.ELIBMAX}, "Attempting to link in too many shared libraries" on Linux} */
    public int ELIBMAX() {
        return get("ELIBMAX");
    }

    /** {@return {@code errno.ELIBSCN}, ".lib section in a.out corrupted" on Linux} */
    public int ELIBSCN() {
        return get("ELIBSCN");
    }

    /** {@return {@code errno.ELNRNG}, "Link number out of range" on Linux} */
    public int ELNRNG() {
        return get("ELNRNG");
    }

    /** {@return {@code errno.ELOOP}, "Too many levels of symbolic links" on Linux} */
    public int ELOOP() {
        return get("ELOOP");
    }

    /** {@return {@code errno.EMEDIUMTYPE}, "Wrong medium type" on Linux} */
    public int EMEDIUMTYPE() {
        return get("EMEDIUMTYPE");
    }

    /** {@return {@code errno.EMFILE}, "Too many open files" on Linux} */
    public int EMFILE() {
        return get("EMFILE");
    }

    /** {@return {@code errno.EMLINK}, "Too many links" on Linux} */
    public int EMLINK() {
        return get("EMLINK");
    }

    /** {@return {@code errno.EMSGSIZE}, "Message too long" on Linux} */
    public int EMSGSIZE() {
        return get("EMSGSIZE");
    }

    /** {@return {@code errno.EMULTIHOP}, "Multihop attempted" on Linux} */
    public int EMULTIHOP() {
        return get("EMULTIHOP");
    }

    /** {@return {@code errno.ENAMETOOLONG}, "File name too long" on Linux} */
    public int ENAMETOOLONG() {
        return get("ENAMETOOLONG");
    }

    /** {@return {@code errno.ENAVAIL}, "No XENIX semaphores available" on Linux} */
    public int ENAVAIL() {
        return get("ENAVAIL");
    }

    /** {@return {@code errno.ENETDOWN}, "Network is down" on Linux} */
    public int ENETDOWN() {
        return get("ENETDOWN");
    }

    /** {@return {@code errno.ENETRESET}, "Network dropped connection on reset" on Linux} */
    public int ENETRESET() {
        return get("ENETRESET");
    }

    /** {@return {@code errno.ENETUNREACH}, "Network is unreachable" on Linux} */
    public int ENETUNREACH() {
        return get("ENETUNREACH");
    }

    /** {@return {@code errno.ENFILE}, "Too many open files in system" on Linux} */
    public int ENFILE() {
        return get("ENFILE");
    }

    /** {@return {@code errno.ENOANO}, "No anode" on Linux} */
    public int ENOANO() {
        return get("ENOANO");
    }

    /** {@return {@code errno.ENOBUFS}, "No buffer space available" on Linux} */
    public int ENOBUFS() {
        return get("ENOBUFS");
    }

    /** {@return {@code errno.ENOCSI}, "No CSI structure available" on Linux} */
    public int ENOCSI() {
        return get("ENOCSI");
    }

    /** {@return {@code errno.ENODATA}, "No data available" on Linux} */
    public int ENODATA() {
        return get("ENODATA");
    }

    /** {@return {@code errno.ENODEV}, "No such device" on Linux} */
    public int ENODEV() {
        return get("ENODEV");
    }

    /** {@return {@code errno.ENOENT}, "No such file or directory" on Linux} */
    public int ENOENT() {
        return get("ENOENT");
    }

    /** {@return {@code errno.ENOEXEC}, "Exec format error" on Linux} */
    public int ENOEXEC() {
        return get("ENOEXEC");
    }

    /** {@return {@code errno.ENOKEY}, "Required key not available" on Linux} */
    public int ENOKEY() {
        return get("ENOKEY");
    }

    /** {@return {@code errno.ENOLCK}, "No locks available" on Linux} */
    public int ENOLCK() {
        return get("ENOLCK");
    }

    /** {@return {@code errno.ENOLINK}, "Link has been severed" on Linux} */
    public int ENOLINK() {
        return get("ENOLINK");
    }

    /** {@return {@code errno.ENOMEDIUM}, "No medium found" on Linux} */
    public int ENOMEDIUM() {
        return get("ENOMEDIUM");
    }

    /** {@return {@code errno.ENOMEM}, "Cannot allocate memory" on Linux} */
    public int ENOMEM() {
        return get("ENOMEM");
    }

    /** {@return {@code errno.ENOMSG}, "No message of desired type" on Linux} */
    public int ENOMSG() {
        return get("ENOMSG");
    }

    /** {@return {@code errno.ENONET}, "Machine is not on the network" on Linux} */
    public int ENONET() {
        return get("ENONET");
    }

    /** {@return {@code errno.ENOPKG}, "Package not installed" on Linux} */
    public int ENOPKG() {
        return get("ENOPKG");
    }

    /** {@return {@code errno.ENOPROTOOPT}, "Protocol not available" on Linux} */
    public int ENOPROTOOPT() {
        return get("ENOPROTOOPT");
    }

    /** {@return {@code errno.ENOSPC}, "No space left on device" on Linux} */
    public int ENOSPC() {
        return get("ENOSPC");
    }

    /** {@return {@code errno.ENOSR}, "Out of streams resources" on Linux} */
    public int ENOSR() {
        return get("ENOSR");
    }

    /** {@return {@code errno.ENOSTR}, "Device not a stream" on Linux} */
    public int ENOSTR() {
        return get("ENOSTR");
    }

    /** {@return {@code errno.ENOSYS}, "Function not implemented" on Linux} */
    public int ENOSYS() {
        return get("ENOSYS");
    }

    /** {@return {@code errno.ENOTBLK}, "Block device required" on Linux} */
    public int ENOTBLK() {
        return get("ENOTBLK");
    }

    /** {@return {@code errno.ENOTCONN}, "Transport endpoint is not connected" on Linux} */
    public int ENOTCONN() {
        return get("ENOTCONN");
    }

    /** {@return {@code errno.ENOTDIR}, "Not a directory" on Linux} */
    public int ENOTDIR() {
        return get("ENOTDIR");
    }

    /** {@return {@code errno.ENOTEMPTY}, "Directory not empty" on Linux} */
    public int ENOTEMPTY() {
        return get("ENOTEMPTY");
    }

    /** {@return {@code errno.ENOTNAM}, "Not a XENIX named type file" on Linux} */
    public int ENOTNAM() {
        return get("ENOTNAM");
    }

    /** {@return {@code errno.ENOTRECOVERABLE}, "State not recoverable" on Linux} */
    public int ENOTRECOVERABLE() {
        return get("ENOTRECOVERABLE");
    }

    /** {@return {@code errno.ENOTSOCK}, "Socket operation on non-socket" on Linux} */
    public int ENOTSOCK() {
        return get("ENOTSOCK");
    }

    /** {@return {@code errno.ENOTSUP}, "Operation not supported" on Linux} */
    public int ENOTSUP() {
        return get("ENOTSUP");
    }

    /** {@return {@code errno.ENOTTY}, "Inappropriate ioctl for device" on Linux} */
    public int ENOTTY() {
        return get("ENOTTY");
    }

    /** {@return {@code errno.ENOTUNIQ}, "Name not unique on network" on Linux} */
    public int ENOTUNIQ() {
        return get("ENOTUNIQ");
    }

    /** {@return {@code errno.ENXIO}, "No such device or address" on Linux} */
    public int ENXIO() {
        return get("ENXIO");
    }

    /** {@return {@code errno.EOPNOTSUPP}, "Operation not supported" on Linux} */
    public int EOPNOTSUPP() {
        return get("EOPNOTSUPP");
    }

    /** {@return {@code errno.EOVERFLOW}, "Value too large for defined data type" on Linux} */
    public int EOVERFLOW() {
        return get("EOVERFLOW");
    }

    /** {@return {@code errno.EOWNERDEAD}, "Owner died" on Linux} */
    public int EOWNERDEAD() {
        return get("EOWNERDEAD");
    }

    /** {@return {@code errno.EPERM}, "Operation not permitted" on Linux} */
    public int EPERM() {
        return get("EPERM");
    }

    /** {@return {@code errno.EPFNOSUPPORT}, "Protocol family not supported" on Linux} */
    public int EPFNOSUPPORT() {
        return get("EPFNOSUPPORT");
    }

    /** {@return {@code errno.EPIPE}, "Broken pipe" on Linux} */
    public int EPIPE() {
        return get("EPIPE");
    }

    /** {@return {@code errno.EPROTO}, "Protocol error" on Linux} */
    public int EPROTO() {
        return get("EPROTO");
    }

    /** {@return {@code errno.EPROTONOSUPPORT}, "Protocol not supported" on Linux} */
    public int EPROTONOSUPPORT() {
        return get("EPROTONOSUPPORT");
    }

    /** {@return {@code errno.EPROTOTYPE}, "Protocol wrong type for socket" on Linux} */
    public int EPROTOTYPE() {
        return get("EPROTOTYPE");
    }

    /** {@return {@code errno.ERANGE}, "Numerical result out of range" on Linux} */
    public int ERANGE() {
        return get("ERANGE");
    }

    /** {@return {@code errno.EREMCHG}, "Remote address changed" on Linux} */
    public int EREMCHG() {
        return get("EREMCHG");
    }

    /** {@return {@code errno.EREMOTE}, "Object is remote" on Linux} */
    public int EREMOTE() {
        return get("EREMOTE");
    }

    /** {@return {@code errno.EREMOTEIO}, "Remote I/O error" on Linux} */
    public int EREMOTEIO() {
        return get("EREMOTEIO");
    }

    /** {@return {@code errno.ERESTART}, "Interrupted system call should be restarted" on Linux} */
    public int ERESTART() {
        return get("ERESTART");
    }

    /** {@return {@code errno.ERFKILL}, "Operation not possible due to RF-kill" on Linux} */
    public int ERFKILL() {
        return get("ERFKILL");
    }

    /** {@return {@code errno.EROFS}, "Read-only file system" on Linux} */
    public int EROFS() {
        return get("EROFS");
    }

    /** {@return {@code errno.ESHUTDOWN}, "Cannot send after transport endpoint shutdown" on Linux} */
    public int ESHUTDOWN() {
        return get("ESHUTDOWN");
    }

    /** {@return {@code errno.ESOCKTNOSUPPORT}, "Socket type not supported" on Linux} */
    public int ESOCKTNOSUPPORT() {
        return get("ESOCKTNOSUPPORT");
    }

    /** {@return {@code errno.ESPIPE}, "Illegal seek" on Linux} */
    public int ESPIPE() {
        return get("ESPIPE");
    }

    /** {@return {@code errno.ESRCH}, "No such process" on Linux} */
    public int ESRCH() {
        return get("ESRCH");
    }

    /** {@return {@code errno.ESRMNT}, "Srmount error" on Linux} */
    public int ESRMNT() {
        return get("ESRMNT");
    }

    /** {@return {@code errno.ESTALE}, "Stale file handle" on Linux} */
    public int ESTALE() {
        return get("ESTALE");
    }

    /** {@return {@code errno.ESTRPIPE}, "Streams pipe error" on Linux} */
    public int ESTRPIPE() {
        return get("ESTRPIPE");
    }

    /** {@return {@code errno.ETIME}, "Timer expired" on Linux} */
    public int ETIME() {
        return get("ETIME");
    }

    /** {@return {@code errno.ETIMEDOUT}, "Connection timed out" on Linux} */
    public int ETIMEDOUT() {
        return get("ETIMEDOUT");
    }

    /** {@return {@code errno.ETOOMANYREFS}, "Too many references: cannot splice" on Linux} */
    public int ETOOMANYREFS() {
        return get("ETOOMANYREFS");
    }

    /** {@return {@code errno.ETXTBSY}, "Text file busy" on Linux} */
    public int ETXTBSY() {
        return get("ETXTBSY");
    }

    /** {@return {@code errno.EUCLEAN}, "Structure needs cleaning" on Linux} */
    public int EUCLEAN() {
        return get("EUCLEAN");
    }

    /** {@return {@code errno.EUNATCH}, "Protocol driver not attached" on Linux} */
    public int EUNATCH() {
        return get("EUNATCH");
    }

    /** {@return {@code errno.EUSERS}, "Too many users" on Linux} */
    public int EUSERS() {
        return get("EUSERS");
    }

    /** {@return {@code errno.EWOULDBLOCK}, "Resource temporarily unavailable" on Linux} */
    public int EWOULDBLOCK() {
        return get("EWOULDBLOCK");
    }

    /** {@return {@code errno.EXDEV}, "Invalid cross-device link" on Linux} */
    public int EXDEV() {
        return get("EXDEV");
    }

    /** {@return {@code errno.EXFULL}, "Exchange full" on Linux} */
    public int EXFULL() {
        return get("EXFULL");
    }

    // ---- macOS only ----

    /** {@return {@code errno.EAUTH}, a macOS error} */
    public int EAUTH() {
        return get("EAUTH");
    }

    /** {@return {@code errno.EBADARCH}, a macOS error} */
    public int EBADARCH() {
        return get("EBADARCH");
    }

    /** {@return {@code errno.EBADEXEC}, a macOS error} */
    public int EBADEXEC() {
        return get("EBADEXEC");
    }

    /** {@return {@code errno.EBADMACHO}, a macOS error} */
    public int EBADMACHO() {
        return get("EBADMACHO");
    }

    /** {@return {@code errno.EBADRPC}, a macOS error} */
    public int EBADRPC() {
        return get("EBADRPC");
    }

    /** {@return {@code errno.EDEVERR}, a macOS error} */
    public int EDEVERR() {
        return get("EDEVERR");
    }

    /** {@return {@code errno.EFTYPE}, a macOS error} */
    public int EFTYPE() {
        return get("EFTYPE");
    }

    /** {@return {@code errno.ENEEDAUTH}, a macOS error} */
    public int ENEEDAUTH() {
        return get("ENEEDAUTH");
    }

    /** {@return {@code errno.ENOATTR}, a macOS error} */
    public int ENOATTR() {
        return get("ENOATTR");
    }

    /** {@return {@code errno.ENOPOLICY}, a macOS error} */
    public int ENOPOLICY() {
        return get("ENOPOLICY");
    }

    /** {@return {@code errno.EPROCLIM}, a macOS error} */
    public int EPROCLIM() {
        return get("EPROCLIM");
    }

    /** {@return {@code errno.EPROCUNAVAIL}, a macOS error} */
    public int EPROCUNAVAIL() {
        return get("EPROCUNAVAIL");
    }

    /** {@return {@code errno.EPROGMISMATCH}, a macOS error} */
    public int EPROGMISMATCH() {
        return get("EPROGMISMATCH");
    }

    /** {@return {@code errno.EPROGUNAVAIL}, a macOS error} */
    public int EPROGUNAVAIL() {
        return get("EPROGUNAVAIL");
    }

    /** {@return {@code errno.EPWROFF}, a macOS error} */
    public int EPWROFF() {
        return get("EPWROFF");
    }

    /** {@return {@code errno.ERPCMISMATCH}, a macOS error} */
    public int ERPCMISMATCH() {
        return get("ERPCMISMATCH");
    }

    /** {@return {@code errno.ESHLIBVERS}, a macOS error} */
    public int ESHLIBVERS() {
        return get("ESHLIBVERS");
    }

    /** {@return {@code errno.EQFULL}, a macOS error} */
    public int EQFULL() {
        return get("EQFULL");
    }

    // ---- Windows only: the Winsock errors ----

    /** {@return {@code errno.WSABASEERR}, a Windows Sockets error} */
    public int WSABASEERR() {
        return get("WSABASEERR");
    }

    /** {@return {@code errno.WSAEACCES}, a Windows Sockets error} */
    public int WSAEACCES() {
        return get("WSAEACCES");
    }

    /** {@return {@code errno.WSAEADDRINUSE}, a Windows Sockets error} */
    public int WSAEADDRINUSE() {
        return get("WSAEADDRINUSE");
    }

    /** {@return {@code errno.WSAEADDRNOTAVAIL}, a Windows Sockets error} */
    public int WSAEADDRNOTAVAIL() {
        return get("WSAEADDRNOTAVAIL");
    }

    /** {@return {@code errno.WSAEAFNOSUPPORT}, a Windows Sockets error} */
    public int WSAEAFNOSUPPORT() {
        return get("WSAEAFNOSUPPORT");
    }

    /** {@return {@code errno.WSAEALREADY}, a Windows Sockets error} */
    public int WSAEALREADY() {
        return get("WSAEALREADY");
    }

    /** {@return {@code errno.WSAEBADF}, a Windows Sockets error} */
    public int WSAEBADF() {
        return get("WSAEBADF");
    }

    /** {@return {@code errno.WSAECONNABORTED}, a Windows Sockets error} */
    public int WSAECONNABORTED() {
        return get("WSAECONNABORTED");
    }

    /** {@return {@code errno.WSAECONNREFUSED}, a Windows Sockets error} */
    public int WSAECONNREFUSED() {
        return get("WSAECONNREFUSED");
    }

    /** {@return {@code errno.WSAECONNRESET}, a Windows Sockets error} */
    public int WSAECONNRESET() {
        return get("WSAECONNRESET");
    }

    /** {@return {@code errno.WSAEDESTADDRREQ}, a Windows Sockets error} */
    public int WSAEDESTADDRREQ() {
        return get("WSAEDESTADDRREQ");
    }

    /** {@return {@code errno.WSAEDISCON}, a Windows Sockets error} */
    public int WSAEDISCON() {
        return get("WSAEDISCON");
    }

    /** {@return {@code errno.WSAEDQUOT}, a Windows Sockets error} */
    public int WSAEDQUOT() {
        return get("WSAEDQUOT");
    }

    /** {@return {@code errno.WSAEFAULT}, a Windows Sockets error} */
    public int WSAEFAULT() {
        return get("WSAEFAULT");
    }

    /** {@return {@code errno.WSAEHOSTDOWN}, a Windows Sockets error} */
    public int WSAEHOSTDOWN() {
        return get("WSAEHOSTDOWN");
    }

    /** {@return {@code errno.WSAEHOSTUNREACH}, a Windows Sockets error} */
    public int WSAEHOSTUNREACH() {
        return get("WSAEHOSTUNREACH");
    }

    /** {@return {@code errno.WSAEINPROGRESS}, a Windows Sockets error} */
    public int WSAEINPROGRESS() {
        return get("WSAEINPROGRESS");
    }

    /** {@return {@code errno.WSAEINTR}, a Windows Sockets error} */
    public int WSAEINTR() {
        return get("WSAEINTR");
    }

    /** {@return {@code errno.WSAEINVAL}, a Windows Sockets error} */
    public int WSAEINVAL() {
        return get("WSAEINVAL");
    }

    /** {@return {@code errno.WSAEISCONN}, a Windows Sockets error} */
    public int WSAEISCONN() {
        return get("WSAEISCONN");
    }

    /** {@return {@code errno.WSAELOOP}, a Windows Sockets error} */
    public int WSAELOOP() {
        return get("WSAELOOP");
    }

    /** {@return {@code errno.WSAEMFILE}, a Windows Sockets error} */
    public int WSAEMFILE() {
        return get("WSAEMFILE");
    }

    /** {@return {@code errno.WSAEMSGSIZE}, a Windows Sockets error} */
    public int WSAEMSGSIZE() {
        return get("WSAEMSGSIZE");
    }

    /** {@return {@code errno.WSAENAMETOOLONG}, a Windows Sockets error} */
    public int WSAENAMETOOLONG() {
        return get("WSAENAMETOOLONG");
    }

    /** {@return {@code errno.WSAENETDOWN}, a Windows Sockets error} */
    public int WSAENETDOWN() {
        return get("WSAENETDOWN");
    }

    /** {@return {@code errno.WSAENETRESET}, a Windows Sockets error} */
    public int WSAENETRESET() {
        return get("WSAENETRESET");
    }

    /** {@return {@code errno.WSAENETUNREACH}, a Windows Sockets error} */
    public int WSAENETUNREACH() {
        return get("WSAENETUNREACH");
    }

    /** {@return {@code errno.WSAENOBUFS}, a Windows Sockets error} */
    public int WSAENOBUFS() {
        return get("WSAENOBUFS");
    }

    /** {@return {@code errno.WSAENOPROTOOPT}, a Windows Sockets error} */
    public int WSAENOPROTOOPT() {
        return get("WSAENOPROTOOPT");
    }

    /** {@return {@code errno.WSAENOTCONN}, a Windows Sockets error} */
    public int WSAENOTCONN() {
        return get("WSAENOTCONN");
    }

    /** {@return {@code errno.WSAENOTEMPTY}, a Windows Sockets error} */
    public int WSAENOTEMPTY() {
        return get("WSAENOTEMPTY");
    }

    /** {@return {@code errno.WSAENOTSOCK}, a Windows Sockets error} */
    public int WSAENOTSOCK() {
        return get("WSAENOTSOCK");
    }

    /** {@return {@code errno.WSAEOPNOTSUPP}, a Windows Sockets error} */
    public int WSAEOPNOTSUPP() {
        return get("WSAEOPNOTSUPP");
    }

    /** {@return {@code errno.WSAEPFNOSUPPORT}, a Windows Sockets error} */
    public int WSAEPFNOSUPPORT() {
        return get("WSAEPFNOSUPPORT");
    }

    /** {@return {@code errno.WSAEPROCLIM}, a Windows Sockets error} */
    public int WSAEPROCLIM() {
        return get("WSAEPROCLIM");
    }

    /** {@return {@code errno.WSAEPROTONOSUPPORT}, a Windows Sockets error} */
    public int WSAEPROTONOSUPPORT() {
        return get("WSAEPROTONOSUPPORT");
    }

    /** {@return {@code errno.WSAEPROTOTYPE}, a Windows Sockets error} */
    public int WSAEPROTOTYPE() {
        return get("WSAEPROTOTYPE");
    }

    /** {@return {@code errno.WSAEREMOTE}, a Windows Sockets error} */
    public int WSAEREMOTE() {
        return get("WSAEREMOTE");
    }

    /** {@return {@code errno.WSAESHUTDOWN}, a Windows Sockets error} */
    public int WSAESHUTDOWN() {
        return get("WSAESHUTDOWN");
    }

    /** {@return {@code errno.WSAESOCKTNOSUPPORT}, a Windows Sockets error} */
    public int WSAESOCKTNOSUPPORT() {
        return get("WSAESOCKTNOSUPPORT");
    }

    /** {@return {@code errno.WSAESTALE}, a Windows Sockets error} */
    public int WSAESTALE() {
        return get("WSAESTALE");
    }

    /** {@return {@code errno.WSAETIMEDOUT}, a Windows Sockets error} */
    public int WSAETIMEDOUT() {
        return get("WSAETIMEDOUT");
    }

    /** {@return {@code errno.WSAETOOMANYREFS}, a Windows Sockets error} */
    public int WSAETOOMANYREFS() {
        return get("WSAETOOMANYREFS");
    }

    /** {@return {@code errno.WSAEUSERS}, a Windows Sockets error} */
    public int WSAEUSERS() {
        return get("WSAEUSERS");
    }

    /** {@return {@code errno.WSAEWOULDBLOCK}, a Windows Sockets error} */
    public int WSAEWOULDBLOCK() {
        return get("WSAEWOULDBLOCK");
    }

    /** {@return {@code errno.WSANOTINITIALISED}, a Windows Sockets error} */
    public int WSANOTINITIALISED() {
        return get("WSANOTINITIALISED");
    }

    /** {@return {@code errno.WSASYSNOTREADY}, a Windows Sockets error} */
    public int WSASYSNOTREADY() {
        return get("WSASYSNOTREADY");
    }

    /** {@return {@code errno.WSAVERNOTSUPPORTED}, a Windows Sockets error} */
    public int WSAVERNOTSUPPORTED() {
        return get("WSAVERNOTSUPPORTED");
    }
}
