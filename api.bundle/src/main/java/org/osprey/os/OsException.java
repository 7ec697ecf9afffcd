package org.osprey.os;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Python's {@code OSError}: a failed operating-system call, with its errno, the system's message and the
 * file name(s) involved. The message reads like Python's: {@code [Errno 2] No such file or directory: 'x'}.
 *
 * <p>Use {@link #of} to get the subtype Python 3 would raise for the errno (for example
 * {@link FileNotFoundOsException} for {@code ENOENT}). Python code may also raise {@code OSError(message)} with no
 * errno at all ({@code errno}, {@code strerror} and {@code filename} are {@code None}, {@code str(e)} is the
 * message): that is {@link #OsException(String)}, whose {@link #hasErrno()} is false.
 *
 * <p>On Windows an error also carries the Windows error code, Python's {@code winerror}: {@link #ofWinerror}
 * derives the errno from it as CPython does, and the message reads {@code [WinError 5] Access is denied: 'x'}.
 */
public class OsException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Python's {@code errno}. */
    private final int errno;
    /** False where Python's {@code errno} is {@code None}. */
    private final boolean hasErrno;
    /** Python's {@code strerror}. */
    private final String strerror;
    /** Python's {@code filename}. */
    private final String filename;
    /** Python's {@code filename2}. */
    private final String filename2;
    /** Set only by {@link #ofWinerror} (and kept by {@link #withFilenames}), before the exception is handed out. */
    private int winerror;
    /** Whether the error came from a Windows error code. */
    private boolean hasWinerror;

    /**
     * Python's {@code OSError(errno, strerror, filename, winerror=None, filename2)}.
     *
     * @param errno the error number
     * @param strerror the system's message for {@code errno}
     * @param filename the file name the error is about, or null
     * @param filename2 the second file name (the target of a rename or link), or null
     */
    public OsException(int errno, String strerror, String filename, String filename2) {
        super(PyRepr.osErrorMessage(errno, strerror, filename, filename2));
        this.errno = errno;
        this.hasErrno = true;
        this.strerror = strerror;
        this.filename = filename;
        this.filename2 = filename2;
    }

    /**
     * Python's {@code OSError(errno, strerror, filename)}.
     *
     * @param errno the error number
     * @param strerror the system's message for {@code errno}
     * @param filename the file name the error is about, or null
     */
    public OsException(int errno, String strerror, String filename) {
        this(errno, strerror, filename, null);
    }

    /**
     * Python's {@code OSError(errno, strerror)}.
     *
     * @param errno the error number
     * @param strerror the system's message for {@code errno}
     */
    public OsException(int errno, String strerror) {
        this(errno, strerror, null, null);
    }

    /**
     * Python's {@code OSError(message)}: no errno, strerror or file name; the message is the whole text, as
     * {@code str(e)} is in Python.
     *
     * @param message the message
     */
    public OsException(String message) {
        super(message);
        this.errno = 0;
        this.hasErrno = false;
        this.strerror = null;
        this.filename = null;
        this.filename2 = null;
    }

    /**
     * The exception Python 3 raises for this error: the {@code OSError} subclass chosen by the symbolic errno
     * name (for example {@code "ENOENT"}), or a plain {@link OsException} when no subclass claims it.
     *
     * @param errnoName the platform's symbolic name for {@code errno}, or {@code null} if it has none
     * @param errno the error number
     * @param strerror the system's message for {@code errno}
     * @param filename the file name the error is about, or null
     * @param filename2 the second file name (the target of a rename or link), or null
     * @return the exception to throw
     */
    public static OsException of(int errno, String errnoName, String strerror, String filename, String filename2) {
        return ErrnoClass.of(errnoName).create(errno, strerror, filename, filename2);
    }

    /**
     * Python's {@code OSError(None, strerror, filename, winerror, filename2)} on Windows: the errno is the one CPython
     * derives from the Windows error code ({@code winerror_to_errno}: {@code ERROR_ACCESS_DENIED} (5) is
     * {@code EACCES}, a Winsock code is its own errno), the type the {@code OSError} subclass of that errno, and the
     * message {@code [WinError 5] Access is denied: 'x'}. A POSIX provider never makes one.
     *
     * @param winerror  the Windows error code ({@code GetLastError()}), or a {@code FACILITY_WIN32} HRESULT
     * @param filename  the file the call was about, or {@code null}
     * @param filename2 the second file, or {@code null}
     * @param strerror the system's message for {@code winerror}
     * @return the exception to throw
     */
    public static OsException ofWinerror(int winerror, String strerror, String filename, String filename2) {
        int errno = WinError.toErrno(winerror);
        OsException e = ErrnoClass.of(WinError.errnoName(errno)).create(errno, strerror, filename, filename2);
        e.setWinerror(winerror);
        return e;
    }

    /**
     * Python's {@code OSError} from the Windows C runtime's {@code errno} (a failed {@code _wopen}, {@code _read},
     * {@code _close}...): the subclass chosen by that errno's name on Windows, whose values differ from POSIX's
     * past the first few ({@code ENOTEMPTY} is 41 there). No {@code winerror}: CPython sets none for these.
     *
     * @param errno the C runtime's errno
     * @param strerror the C runtime's message for it
     * @param filename the file the call was about, or {@code null}
     * @param filename2 the second file, or {@code null}
     * @return the exception to throw
     */
    public static OsException ofWindowsErrno(int errno, String strerror, String filename, String filename2) {
        return ErrnoClass.of(WinError.errnoName(errno)).create(errno, strerror, filename, filename2);
    }

    private void setWinerror(int code) {
        winerror = code;
        hasWinerror = true;
    }

    /**
     * The same error about other files, as a new exception of the same type with this one as its cause: what
     * Python code does with {@code err.filename = ...} to name the paths its caller gave rather than the ones a
     * call saw (descriptor-relative names, say). A subtype declared outside this package gets a plain
     * {@code OsException} unless it overrides this method. An error without an errno names no file in its
     * message, so it is returned as it is.
     *
     * @param filename the file to name, or null
     * @param filename2 the second file to name, or null
     * @return the new exception, or this one
     */
    public OsException withFilenames(String filename, String filename2) {
        if (!hasErrno) {
            return this;
        }
        OsException renamed = ErrnoClass.ofType(getClass()).create(errno, strerror, filename, filename2);
        if (hasWinerror) {
            renamed.setWinerror(winerror);
        }
        renamed.initCause(this);
        return renamed;
    }

    /**
     * The numeric error code, as the running platform defines it; 0 when there is none ({@link #hasErrno()}).
     *
     * @return the errno, or 0
     */
    public int errno() {
        return errno;
    }

    /**
     * False for an error made from a message alone, whose {@code errno} is {@code None} in Python.
     *
     * @return whether there is an errno
     */
    public boolean hasErrno() {
        return hasErrno;
    }

    /**
     * The operating system's description of {@link #errno()}, or {@code null} when there is no errno.
     *
     * @return the description, or {@code null}
     */
    public String strerror() {
        return strerror;
    }

    /**
     * Python's {@code winerror}: the Windows error code, where the error came from one ({@link #ofWinerror}).
     *
     * @return the Windows error code, or empty
     */
    public OptionalInt winerror() {
        return hasWinerror ? OptionalInt.of(winerror) : OptionalInt.empty();
    }

    /** Python's message: {@code [WinError n] ...} for a Windows error, else {@code [Errno n] ...} or the text given. */
    @Override
    public String getMessage() {
        return hasWinerror ? PyRepr.winErrorMessage(winerror, strerror, filename, filename2) : super.getMessage();
    }

    /**
     * The file the call was about, or {@code null}.
     *
     * @return the file name, or {@code null}
     */
    public String filename() {
        return filename;
    }

    /**
     * The second file of a two-file call such as {@code rename}, or {@code null}.
     *
     * @return the second file name, or {@code null}
     */
    public String filename2() {
        return filename2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OsException e && e.getClass() == getClass() && e.errno == errno
                && e.hasErrno == hasErrno && e.winerror().equals(winerror()) && Objects.equals(e.strerror, strerror)
                && Objects.equals(e.filename, filename) && Objects.equals(e.filename2, filename2)
                && Objects.equals(e.getMessage(), getMessage());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), errno, hasErrno, winerror(), strerror, filename, filename2, getMessage());
    }
}
