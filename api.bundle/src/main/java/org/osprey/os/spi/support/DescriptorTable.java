package org.osprey.os.spi.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osprey.os.OsException;

/**
 * The descriptors of a provider that numbers its own open files, as POSIX does: a new one gets the lowest
 * free number, and a number that is not open is {@code EBADF}. Safe for concurrent use.
 *
 * @param <T> what a descriptor stands for, such as a {@link java.nio.channels.FileChannel}
 */
public final class DescriptorTable<T> {
    private final int lowest;
    private final NioErrors errors;
    private final Map<Integer, T> open = new HashMap<>();

    /**
     * An empty table.
     *
     * @param lowest the first number to hand out ({@code 3} leaves the standard streams alone)
     * @param errors where {@code EBADF} comes from
     */
    public DescriptorTable(int lowest, NioErrors errors) {
        if (lowest < 0) {
            throw new IllegalArgumentException("negative descriptor: " + lowest);
        }
        this.lowest = lowest;
        this.errors = errors;
    }

    /**
     * Opens {@code value} under the lowest free number, which is returned.
     *
     * @param value what the descriptor stands for
     * @return the number
     */
    public synchronized int add(T value) {
        int fd = lowest;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, value);
        return fd;
    }

    /**
     * Puts {@code value} under {@code fd}, as {@code dup2} does: what was open there is returned, to close.
     *
     * @param fd the number
     * @param value what it stands for
     * @return what was open there, or empty
     */
    public synchronized Optional<T> put(int fd, T value) {
        if (fd < 0) {
            throw new IllegalArgumentException("negative descriptor: " + fd);
        }
        return Optional.ofNullable(open.put(fd, value));
    }

    /**
     * {@return what {@code fd} stands for}
     *
     * @param fd the number
     * @throws OsException {@code EBADF} if {@code fd} is not open
     */
    public synchronized T get(int fd) throws OsException {
        T value = open.get(fd);
        if (value == null) {
            throw errors.error("EBADF", null);
        }
        return value;
    }

    /**
     * Forgets {@code fd} and returns what it stood for, for the caller to close.
     *
     * @param fd the number
     * @return what it stood for
     * @throws OsException {@code EBADF} if {@code fd} is not open
     */
    public synchronized T remove(int fd) throws OsException {
        T value = open.remove(fd);
        if (value == null) {
            throw errors.error("EBADF", null);
        }
        return value;
    }

    /**
     * The open numbers from {@code low} (inclusive) to {@code high} (exclusive), ascending, for closerange.
     *
     * @param low the first number
     * @param high the number after the last
     * @return the open numbers
     */
    public synchronized java.util.SortedSet<Integer> openBetween(int low, int high) {
        java.util.SortedSet<Integer> numbers = new java.util.TreeSet<>();
        for (int fd : open.keySet()) {
            if (fd >= low && fd < high) {
                numbers.add(fd);
            }
        }
        return numbers;
    }

    /**
     * {@return whether {@code fd} is open}
     *
     * @param fd the number
     */
    public synchronized boolean isOpen(int fd) {
        return open.containsKey(fd);
    }

    /** {@return how many descriptors are open} */
    public synchronized int size() {
        return open.size();
    }
}
