package org.osprey.os.spi.support;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osprey.os.OsException;

/**
 * The {@link OsException} for an {@link IOException} of {@code java.nio}, for a provider built on it: the errno
 * named by the exception's type, or else by its reason (the JDK reports most errors with the C library's
 * message), or else {@code EIO}. The numbers are the platform's, given by name.
 */
public final class NioErrors {
    /** A symbolic errno and the message the C library gives for it. */
    public record Errno(String name, String strerror) {
    }

    /** The errnos this mapping produces, with glibc's messages. */
    public static final List<Errno> ERRNOS = List.of(new Errno("EPERM", "Operation not permitted"),
            new Errno("ENOENT", "No such file or directory"), new Errno("ESRCH", "No such process"),
            new Errno("EIO", "Input/output error"),
            new Errno("EBADF", "Bad file descriptor"), new Errno("EACCES", "Permission denied"),
            new Errno("EBUSY", "Device or resource busy"), new Errno("EEXIST", "File exists"),
            new Errno("EXDEV", "Invalid cross-device link"), new Errno("ENOTDIR", "Not a directory"),
            new Errno("EISDIR", "Is a directory"), new Errno("EINVAL", "Invalid argument"),
            new Errno("EMFILE", "Too many open files"), new Errno("ENOSPC", "No space left on device"),
            new Errno("EROFS", "Read-only file system"), new Errno("ENAMETOOLONG", "File name too long"),
            new Errno("ENOTEMPTY", "Directory not empty"), new Errno("ELOOP", "Too many levels of symbolic links"));

    /** Linux's numbers, which Windows' C runtime shares up to {@code ERANGE}. */
    public static final NioErrors LINUX = new NioErrors(Map.ofEntries(Map.entry("EPERM", 1), Map.entry("ENOENT", 2),
            Map.entry("ESRCH", 3), Map.entry("EIO", 5), Map.entry("EBADF", 9), Map.entry("EACCES", 13),
            Map.entry("EBUSY", 16), Map.entry("EEXIST", 17), Map.entry("EXDEV", 18), Map.entry("ENOTDIR", 20),
            Map.entry("EISDIR", 21), Map.entry("EINVAL", 22), Map.entry("EMFILE", 24), Map.entry("ENOSPC", 28),
            Map.entry("EROFS", 30), Map.entry("ENAMETOOLONG", 36), Map.entry("ENOTEMPTY", 39), Map.entry("ELOOP", 40)));

    private static final Map<Class<? extends IOException>, String> BY_TYPE = Map.of(
            NoSuchFileException.class, "ENOENT", FileAlreadyExistsException.class, "EEXIST",
            DirectoryNotEmptyException.class, "ENOTEMPTY", AccessDeniedException.class, "EACCES",
            NotDirectoryException.class, "ENOTDIR", NotLinkException.class, "EINVAL",
            FileSystemLoopException.class, "ELOOP", AtomicMoveNotSupportedException.class, "EXDEV",
            ClosedChannelException.class, "EBADF");

    private final Map<String, Integer> numbers;
    private final Map<String, String> messages = new HashMap<>();
    private final Map<String, String> byReason = new HashMap<>();

    /**
     * The errors of a platform that numbers them so.
     *
     * @param numbers the platform's number for each name of {@link #ERRNOS}
     * @throws IllegalArgumentException if one is missing
     */
    public NioErrors(Map<String, Integer> numbers) {
        this.numbers = Map.copyOf(numbers);
        for (Errno e : ERRNOS) {
            if (!numbers.containsKey(e.name())) {
                throw new IllegalArgumentException("no number for " + e.name());
            }
            messages.put(e.name(), e.strerror());
            byReason.put(e.strerror(), e.name());
        }
        // the JDK's own wording where a symlink loop or O_NOFOLLOW stops it
        byReason.put("Too many levels of symbolic links or unable to access attributes of symbolic link", "ELOOP");
        byReason.put("Too many levels of symbolic links (NOFOLLOW_LINKS specified)", "ELOOP");
    }

    /**
     * The platform's number for {@code name}, one of {@link #ERRNOS}.
     *
     * @param name an errno name
     * @return its number
     */
    public int number(String name) {
        return Objects.requireNonNull(numbers.get(name), name);
    }

    /**
     * The error {@code name} about {@code filename} (or about no file, if {@code null}).
     *
     * @param name an errno name
     * @param filename the file, or {@code null}
     * @return the error
     */
    public OsException error(String name, String filename) {
        return OsException.of(number(name), name, messages.get(name), filename, null);
    }

    /**
     * The error that {@code e} reports, about the files the caller was given; an {@link OsException} is
     * returned as it is.
     *
     * @param e the exception
     * @param filename the file the caller was given, or {@code null}
     * @param filename2 the second file, or {@code null}
     * @return the error
     */
    public OsException translate(IOException e, String filename, String filename2) {
        if (e instanceof OsException os) {
            return os;
        }
        String name = nameOf(e);
        OsException error = OsException.of(number(name), name, messages.get(name), filename, filename2);
        error.initCause(e);
        return error;
    }

    private String nameOf(IOException e) {
        for (Class<?> type = e.getClass(); type != IOException.class; type = type.getSuperclass()) {
            String name = BY_TYPE.get(type);
            if (name != null) {
                return name;
            }
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null ? "EIO" : byReason.getOrDefault(reason, "EIO");
    }
}
