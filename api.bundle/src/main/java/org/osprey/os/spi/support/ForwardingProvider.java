package org.osprey.os.spi.support;

import java.util.Objects;
import java.util.Optional;

import org.osprey.os.Platform;
import org.osprey.os.Supports;
import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.Environment;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.OsProvider;

/**
 * A provider that answers everything from another one: extend it and override what should differ, such as
 * {@link #facet} to take a facet away or wrap it, or {@link #supports()}.
 */
public abstract class ForwardingProvider implements OsProvider {
    private final OsProvider delegate;

    /**
     * A provider that forwards every call to {@code delegate}.
     *
     * @param delegate the provider forwarded to
     */
    protected ForwardingProvider(OsProvider delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** {@return the provider forwarded to} */
    protected final OsProvider delegate() {
        return delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public boolean isUsable() {
        return delegate.isUsable();
    }

    @Override
    public Optional<String> unusableReason() {
        return delegate.unusableReason();
    }

    @Override
    public int rank() {
        return delegate.rank();
    }

    @Override
    public Platform platform() {
        return delegate.platform();
    }

    @Override
    public Supports supports() {
        return delegate.supports();
    }

    /** Answered through {@link #facet}, so that an override there applies to the required facets too. */
    @Override
    public Files files() {
        return facet(Files.class).orElseThrow();
    }

    @Override
    public Descriptors descriptors() {
        return facet(Descriptors.class).orElseThrow();
    }

    @Override
    public Environment environment() {
        return facet(Environment.class).orElseThrow();
    }

    @Override
    public <F> Optional<F> facet(Class<F> type) {
        return delegate.facet(type);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
