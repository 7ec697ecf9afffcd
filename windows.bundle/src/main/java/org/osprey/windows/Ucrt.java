package org.osprey.windows;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.WString;

/**
 * The Universal C runtime's integer descriptors, as CPython uses them on Windows ({@code _wopen},
 * {@code _get_osfhandle}, {@code _open_osfhandle}...). Every call is made with the invalid parameter handler
 * silenced ({@link Crt}), as CPython's {@code _Py_BEGIN_SUPPRESS_IPH}: a bad descriptor is {@code EBADF}, not the end
 * of the process.
 */
interface Ucrt extends Library {
    /** {@code _invalid_parameter_handler}: ignores the call, so that the function returns its error. */
    interface InvalidParameterHandler extends Callback {
        void invoke(Pointer expression, Pointer function, Pointer file, int line, Pointer reserved);
    }

    InvalidParameterHandler _set_thread_local_invalid_parameter_handler(InvalidParameterHandler handler);

    Pointer _errno();

    String strerror(int errnum);

    int _wopen(WString path, int flags, int mode);

    int _close(int fd);

    int _read(int fd, byte[] buffer, int count);

    int _write(int fd, byte[] buffer, int count);

    long _lseeki64(int fd, long offset, int origin);

    int _dup(int fd);

    int _dup2(int fd, int fd2);

    int _pipe(int[] fds, int size, int mode);

    int _commit(int fd);

    int _chsize_s(int fd, long size);

    long _get_osfhandle(int fd);

    int _open_osfhandle(long handle, int flags);

    int _isatty(int fd);

    int _wputenv(WString assignment);

    int _wsystem(WString command);

    long _cwait(int[] status, long process, int action);

    /** {@code _P_WAIT} (process.h): {@code _wspawnv} waits and returns the exit code. */
    int P_WAIT = 0;
    /** {@code _P_NOWAIT} (process.h): {@code _wspawnv} returns the process handle. */
    int P_NOWAIT = 1;

    // the argument and environment arrays end with the null JNA appends to a WString[]

    long _wspawnv(int mode, WString path, WString[] argv);

    long _wspawnve(int mode, WString path, WString[] argv, WString[] envp);

    long _wspawnvp(int mode, WString file, WString[] argv);

    long _wexecv(WString path, WString[] argv);

    long _wexecve(WString path, WString[] argv, WString[] envp);

    long _wexecvp(WString file, WString[] argv);

    void _exit(int status);

    void abort();
}
