package org.osprey.nio;

import java.util.Map;
import java.util.Set;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceProvider;
import org.osgi.service.component.annotations.Component;
import org.osprey.os.Platform;
import org.osprey.os.Supports;
import org.osprey.os.spi.Identity;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.support.FacetedProvider;

/**
 * Python's {@code os} from {@code java.nio} and the JDK alone, on any JVM: files by path, descriptors from its
 * own table, its own copy of the environment, and what the JDK knows of the system. It is ranked below every
 * native provider. What the JDK cannot do it refuses with an {@link UnsupportedOperationException} saying why
 * (no call relative to a directory descriptor, no working directory change, no pipes), and its {@code supports_*}
 * sets list only what it really does.
 */
// the osprey.provider.* properties describe it to those that import no SPI, such as the shell (ProviderPropertiesTest)
@Component(service = OsProvider.class, immediate = true, property = {
        "service.ranking:Integer=" + OsProvider.RANK_FALLBACK, "osprey.provider.id=nio (pure Java)",
        "osprey.provider.platforms=any", "osprey.provider.facets=Identity", "osprey.provider.facets=SystemInfo",
        "osprey.provider.facets=Processes", "osprey.provider.facets=MemoryMaps"})
@ServiceProvider(value = OsProvider.class, resolution = Resolution.OPTIONAL)
public final class NioProvider extends FacetedProvider {
    /** stat(fd) and truncate(fd); NOFOLLOW_LINKS for stat, utime and chown; no dir_fd at all. */
    private static final Supports SUPPORTS = new Supports(Set.of(), Set.of("stat", "truncate"),
            Set.of("stat", "utime", "chown"), Set.of());

    public NioProvider() {
        this(new NioDescriptors());
    }

    private NioProvider(NioDescriptors descriptors) {
        super(new NioFiles(), descriptors, new NioEnvironment(),
                Map.of(SystemInfo.class, new NioSystemInfo(), Identity.class, new NioIdentity(), Processes.class,
                        new NioProcesses(), MemoryMaps.class, new NioMemoryMaps(descriptors)));
    }

    @Override
    public String id() {
        return "nio (pure Java)";
    }

    @Override
    public boolean isUsable() {
        return true;
    }

    @Override
    public int rank() {
        return RANK_FALLBACK;
    }

    @Override
    public Platform platform() {
        return NioPlatform.PLATFORM;
    }

    @Override
    public Supports supports() {
        return SUPPORTS;
    }

    @Override
    public String toString() {
        return id();
    }
}
