package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;

import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.tempfile.TemporaryDirectory;

/** Python's {@code TemporaryDirectory}, its {@code weakref.finalize} a {@link DirectoryFinalizer}. */
final class TemporaryDirectoryImpl implements TemporaryDirectory {
    private final Os os;
    private final String name;
    private final boolean delete;
    private final String repr;
    private final DirectoryFinalizer finalizer;
    private final Cleaner.Cleanable cleanable;

    /** @param bytes whether Python's name is {@code bytes} (made with {@code bytes} arguments) */
    TemporaryDirectoryImpl(Os os, String name, boolean bytes, boolean ignoreCleanupErrors, boolean delete) {
        this.os = os;
        this.name = name;
        this.delete = delete;
        this.repr = "<TemporaryDirectory " + (bytes ? PyBytes.repr(os.fsencode(name)) : PyRepr.repr(name)) + ">";
        this.finalizer = new DirectoryFinalizer(os, name, ignoreCleanupErrors, delete, repr);
        this.cleanable = Finalizers.register(this, finalizer);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] nameb() {
        return os.fsencode(name);
    }

    @Override
    public synchronized void cleanup() throws IOException {
        try {
            // as Python: the first cleanup always runs; a later one only if the name exists again
            if (finalizer.detach() || os.path().exists(name)) {
                finalizer.rmtree();
            }
        } finally {
            cleanable.clean(); // detached: nothing left for the cleaner
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public void close() throws IOException {
        if (delete) {
            cleanup();
        }
    }

    /** Python's {@code repr()}: {@code <TemporaryDirectory '/tmp/tmpabc'>}. */
    @Override
    public String toString() {
        return repr;
    }
}
