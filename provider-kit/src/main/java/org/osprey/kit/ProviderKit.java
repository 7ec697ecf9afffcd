package org.osprey.kit;

import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/**
 * What every class of the kit starts from: the provider under test, a fresh one for each test, and the
 * {@code os} it serves. A provider's tests extend a kit class with a constructor that passes a new provider, for
 * example {@code DirTest() { super(new PosixProvider()); }}, and inherit all of its tests.
 */
public abstract class ProviderKit {
    protected final OsProvider provider;
    protected final Os os;

    protected ProviderKit(OsProvider provider) {
        this.provider = provider;
        this.os = Os.of(provider);
    }

    /** The test's assumptions about what the provider under test supports. */
    protected final Supported supported() {
        return new Supported(os);
    }
}
