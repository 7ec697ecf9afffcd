package org.osprey.kit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.opentest4j.TestAbortedException;
import org.osprey.os.Os;

/**
 * Skips a test, naming the reason, where the provider says it lacks what the test needs: a function missing from
 * one of {@code os.supports_dir_fd}, {@code supports_fd}, {@code supports_follow_symlinks} or
 * {@code supports_effective_ids}, or a function that answers {@link UnsupportedOperationException}. Everything
 * the provider claims is tested and may fail; only that exception, from the call wrapped here, becomes a skip,
 * never a pass.
 */
public final class Supported {
    private final Os os;

    Supported(Os os) {
        this.os = os;
    }

    /** The assumptions about what {@code os} supports, for tests outside the kit (the modules above {@code os}). */
    public static Supported of(Os os) {
        return new Supported(os);
    }

    /** Skips unless every one of {@code functions} is in {@code os.supports_dir_fd}. */
    public void dirFd(String... functions) {
        in("supports_dir_fd", os.supports().dirFd(), functions);
    }

    /** Skips unless every one of {@code functions} is in {@code os.supports_fd}. */
    public void fd(String... functions) {
        in("supports_fd", os.supports().fd(), functions);
    }

    /** Skips unless every one of {@code functions} is in {@code os.supports_follow_symlinks}. */
    public void followSymlinks(String... functions) {
        in("supports_follow_symlinks", os.supports().followSymlinks(), functions);
    }

    /** Skips unless every one of {@code functions} is in {@code os.supports_effective_ids}. */
    public void effectiveIds(String... functions) {
        in("supports_effective_ids", os.supports().effectiveIds(), functions);
    }

    /** Skips unless the provider has what {@code os.fwalk} needs: CPython has it only where these are. */
    public void fwalk() {
        dirFd("open", "stat");
        fd("scandir", "stat");
    }

    private void in(String set, Set<String> supported, String... functions) {
        for (String function : List.of(functions)) {
            assumeTrue(supported.contains(function),
                    () -> "provider " + os.providerId() + " does not list " + function + " in os." + set);
        }
    }

    /** A call of the function under test that returns a result. */
    public interface Call<T> {
        T call() throws Exception;
    }

    /** A call of the function under test. */
    public interface Run {
        void run() throws Exception;
    }

    /** {@code call}'s result; a skip naming {@code function} if the provider answers that it does not have it. */
    public <T> T call(String function, Call<T> call) throws Exception {
        try {
            return call.call();
        } catch (UnsupportedOperationException e) {
            throw skip(function, e);
        }
    }

    /** Runs {@code call}; a skip naming {@code function} if the provider answers that it does not have it. */
    public void run(String function, Run call) throws Exception {
        call(function, () -> {
            call.run();
            return null;
        });
    }

    private TestAbortedException skip(String function, UnsupportedOperationException e) {
        return new TestAbortedException("provider " + os.providerId() + " does not support os." + function + ": "
                + e.getMessage(), e);
    }
}
