package org.osprey.shutil;

import java.io.IOException;
import java.util.List;

import org.osprey.os.PyRepr;

/**
 * Python's {@code shutil.Error}: {@code copytree} collects one {@link CopyFailure} per entry it could not copy and
 * throws this after copying all the others; {@code move} throws it with a message and no failures.
 */
public class ShutilException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The failures of {@code copytree}, empty otherwise. */
    private final List<CopyFailure> failures;

    /**
     * Python's {@code shutil.Error(message)}.
     *
     * @param message the message
     */
    public ShutilException(String message) {
        super(message);
        this.failures = List.of();
    }

    /**
     * Python's {@code shutil.Error(errors)} from {@code copytree}.
     *
     * @param failures the failures, in order
     */
    public ShutilException(List<CopyFailure> failures) {
        super(describe(failures));
        this.failures = List.copyOf(failures);
    }

    /**
     * Python's {@code err.args[0]} for {@code copytree}: the failures in the order they happened.
     *
     * @return the failures
     */
    public List<CopyFailure> failures() {
        return failures;
    }

    /** Python's {@code str(Error(list))}: the list of tuples' repr. */
    private static String describe(List<CopyFailure> failures) {
        StringBuilder b = new StringBuilder("[");
        for (CopyFailure f : failures) {
            b.append(b.length() == 1 ? "(" : ", (").append(PyRepr.repr(f.src())).append(", ")
                    .append(PyRepr.repr(f.dst())).append(", ").append(PyRepr.repr(f.reason())).append(')');
        }
        return b.append(']').toString();
    }
}
