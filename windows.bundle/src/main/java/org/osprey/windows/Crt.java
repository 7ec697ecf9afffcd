package org.osprey.windows;

import java.util.function.ToLongFunction;

import org.osprey.os.OsException;

/**
 * Calls into the UCRT as CPython makes them: with this thread's invalid parameter handler silenced for the call
 * ({@code _Py_BEGIN_SUPPRESS_IPH}), and a result of -1 turned into the errno error it stands for.
 */
final class Crt {
    /** Held for as long as the class lives: the runtime keeps only a pointer to it. */
    private static final Ucrt.InvalidParameterHandler IGNORE = (expression, function, file, line, reserved) -> {
    };

    private Crt() {
    }

    /** {@return what {@code call} returned, -1 included} */
    static long quietly(ToLongFunction<Ucrt> call) {
        Ucrt ucrt = Natives.ucrt();
        Ucrt.InvalidParameterHandler previous = ucrt._set_thread_local_invalid_parameter_handler(IGNORE);
        try {
            return call.applyAsLong(ucrt);
        } finally {
            ucrt._set_thread_local_invalid_parameter_handler(previous);
        }
    }

    /**
     * {@return what {@code call} returned}
     *
     * @throws OsException for a result of -1: the errno error, about {@code filename}
     */
    static long checked(ToLongFunction<Ucrt> call, String filename) throws OsException {
        Ucrt ucrt = Natives.ucrt();
        Ucrt.InvalidParameterHandler previous = ucrt._set_thread_local_invalid_parameter_handler(IGNORE);
        try {
            long result = call.applyAsLong(ucrt);
            if (result == -1) {
                int errno = ucrt._errno().getInt(0);
                throw OsException.ofWindowsErrno(errno, ucrt.strerror(errno), filename, null);
            }
            return result;
        } finally {
            ucrt._set_thread_local_invalid_parameter_handler(previous);
        }
    }

    /** {@return the descriptor's Windows handle} as {@code _get_osfhandle}; {@code EBADF} for a closed one. */
    static long handle(int fd) throws OsException {
        return checked(u -> u._get_osfhandle(fd), null);
    }
}
