package org.osprey.windows;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.Win32Exception;
import org.osprey.os.OsException;

/**
 * The provider's errors as CPython raises them on Windows: from a Windows error code an {@code OSError} with
 * {@code winerror} and the system's message ({@code [WinError 5] Access is denied: 'x'}); from the C runtime's
 * errno a plain errno error.
 */
final class WinErrors {
    static final int ERROR_SUCCESS = 0;
    static final int ERROR_INVALID_FUNCTION = 1;
    static final int ERROR_FILE_NOT_FOUND = 2;
    static final int ERROR_PATH_NOT_FOUND = 3;
    static final int ERROR_ACCESS_DENIED = 5;
    static final int ERROR_INVALID_HANDLE = 6;
    static final int ERROR_NO_MORE_FILES = 18;
    static final int ERROR_NOT_READY = 21;
    static final int ERROR_SHARING_VIOLATION = 32;
    static final int ERROR_NOT_SUPPORTED = 50;
    static final int ERROR_BAD_NET_NAME = 67;
    static final int ERROR_INVALID_PARAMETER = 87;
    static final int ERROR_INSUFFICIENT_BUFFER = 122;
    /** "The directory name is invalid": a file given where a directory is wanted. */
    static final int ERROR_DIRECTORY = 267;
    static final int ERROR_CANT_ACCESS_FILE = 1920;

    private WinErrors() {
    }

    /** {@return the last Windows error of this thread's last native call} */
    static int last() {
        return Native.getLastError();
    }

    /** {@return CPython's error for this thread's last Windows error, about {@code filename}} */
    static OsException lastError(String filename) {
        return of(last(), filename, null);
    }

    /** {@return CPython's error for this thread's last Windows error, about two files} */
    static OsException lastError(String filename, String filename2) {
        return of(last(), filename, filename2);
    }

    /** CPython's {@code PyErr_SetExcFromWindowsErrWithFilenameObjects}: the message without its trailing dots. */
    static OsException of(int winerror, String filename, String filename2) {
        return OsException.ofWinerror(winerror, message(winerror), filename, filename2);
    }

    static String message(int winerror) {
        String text;
        try {
            text = Kernel32Util.formatMessage(winerror);
        } catch (Win32Exception | UnsatisfiedLinkError e) {
            return "Windows Error 0x" + Integer.toHexString(winerror);
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) <= ' ' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return text.substring(0, end);
    }
}
