package org.osprey.tempfile.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osprey.os.Os;

/**
 * The {@code weakref.finalize} of Python's {@code TemporaryDirectory}: if the object is collected before
 * {@code cleanup()}, removes the tree (unless {@code delete=False}) and then warns
 * {@code Implicitly cleaning up <TemporaryDirectory '...'>}. It holds the name, never the object.
 */
final class DirectoryFinalizer implements Runnable {
    private final Os os;
    private final String name;
    private final boolean ignoreCleanupErrors;
    private final boolean delete;
    private final String repr;
    private final AtomicBoolean alive = new AtomicBoolean(true);

    DirectoryFinalizer(Os os, String name, boolean ignoreCleanupErrors, boolean delete, String repr) {
        this.os = os;
        this.name = name;
        this.ignoreCleanupErrors = ignoreCleanupErrors;
        this.delete = delete;
        this.repr = repr;
    }

    /** {@code finalize.detach()}: whether the finalizer was still alive, which it no longer is. */
    boolean detach() {
        return alive.getAndSet(false);
    }

    /** {@code _rmtree(name, ignore_errors)}. */
    void rmtree() throws IOException {
        new CleanupRmtree(os, ignoreCleanupErrors).rmtree(name);
    }

    @Override
    public void run() {
        if (!detach() || !delete) {
            return;
        }
        try {
            rmtree();
            Finalizers.resourceWarning("Implicitly cleaning up " + repr);
        } catch (IOException | RuntimeException e) {
            Finalizers.exceptionIgnored("<finalize object; dead> of " + repr, e);
        }
    }
}
