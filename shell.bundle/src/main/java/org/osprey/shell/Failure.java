package org.osprey.shell;

import java.util.NoSuchElementException;

import org.osprey.os.OsException;

/** An exception as Python prints an uncaught one's last line: {@code FileNotFoundError: [Errno 2] ...}. */
final class Failure {
    private Failure() {
    }

    static String describe(Throwable e) {
        if (e.getClass().getName().startsWith("org.apache.felix.")) {
            return e.getMessage(); // Gogo's own, such as "Command not found: os:lsdir"
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return pythonName(e) + message;
    }

    /** Python's class for the exception: OSError's subclasses by name, ValueError, KeyError; else Java's name. */
    static String pythonName(Throwable e) {
        if (e instanceof OsException) {
            // FileNotFoundOsException -> FileNotFoundError; OsException -> OSError; BlockingIoOsException -> ...IOError
            String name = e.getClass().getSimpleName().replace("OsException", "");
            return name.isEmpty() ? "OSError" : name.replace("Io", "IO") + "Error";
        }
        if (e instanceof IllegalArgumentException) {
            return "ValueError";
        }
        if (e instanceof NoSuchElementException) {
            return "KeyError";
        }
        return e.getClass().getSimpleName();
    }
}
