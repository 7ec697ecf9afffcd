package org.osprey.shell;

import java.util.Map;
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

    /** Osprey's exceptions whose Python class is not their name with "Error" for "Exception". */
    private static final Map<String, String> PYTHON_NAMES = Map.of(
            "org.osprey.shutil.ShutilException", "shutil.Error",
            "org.osprey.shutil.SameFileException", "shutil.SameFileError",
            "org.osprey.shutil.SpecialFileException", "shutil.SpecialFileError",
            "org.osprey.shutil.ArchiveReadException", "shutil.ReadError",
            "org.osprey.shutil.ArchiveRegistryException", "shutil.RegistryError",
            "org.osprey.shutil.ArchiveFilterException", "tarfile.FilterError");

    /**
     * Python's class for the exception: OSError's subclasses by name (an implementation's own subclass by the API
     * class it extends), shutil's errors, ValueError, KeyError; else Java's name.
     */
    static String pythonName(Throwable e) {
        if (e instanceof OsException) {
            Class<?> api = e.getClass();
            while (!api.getPackageName().equals(OsException.class.getPackageName())) {
                api = api.getSuperclass();
            }
            // FileNotFoundOsException -> FileNotFoundError; OsException -> OSError; BlockingIoOsException -> ...IOError
            String name = api.getSimpleName().replace("OsException", "");
            return name.isEmpty() ? "OSError" : name.replace("Io", "IO") + "Error";
        }
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            String python = PYTHON_NAMES.get(c.getName());
            if (python != null) {
                return python;
            }
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
