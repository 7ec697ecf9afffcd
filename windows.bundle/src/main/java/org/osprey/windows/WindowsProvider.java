package org.osprey.windows;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osprey.os.Platform;
import org.osprey.os.Supports;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Sessions;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.support.FacetedProvider;

/**
 * Python's {@code os} on Windows through JNA, with CPython 3.13's Windows semantics: paths to the wide
 * Kernel32 calls unchanged, the UCRT's integer descriptors, errors with {@code winerror}, {@code stat} with
 * {@code st_file_attributes} and {@code st_reparse_tag}. Ranked {@link #RANK_NATIVE}: it never competes with the
 * POSIX provider, which serves no Windows, and it must win over the pure-Java fallback there. Building it and asking
 * {@link #isUsable()} load no Windows library: on another OS it is unusable and says why.
 */
// the osprey.provider.* properties describe it to those that import no SPI, such as the shell (ProviderPropertiesTest)
@Component(service = OsProvider.class, immediate = true, property = {
        "service.ranking:Integer=" + OsProvider.RANK_NATIVE, "osprey.provider.id=windows (jna)",
        "osprey.provider.platforms=windows-x86_64", "osprey.provider.platforms=windows-aarch64",
        "osprey.provider.facets=Processes", "osprey.provider.facets=Sessions",
        "osprey.provider.facets=SystemInfo"})
// In a framework DS registers the service, so the ServiceLoader mediator (SPI Fly) is optional there.
@ServiceProvider(value = OsProvider.class, resolution = Resolution.OPTIONAL)
public final class WindowsProvider extends FacetedProvider {
    /**
     * CPython 3.13's sets on Windows but for {@code chmod} in {@code supports_fd} ({@code fchmod} belongs to the
     * DirectoryDescriptors facet, which this provider lacks): no {@code dir_fd}, no effective ids.
     */
    static final Supports SUPPORTS = new Supports(Set.of(), Set.of("stat", "truncate"), Set.of("stat", "chmod"),
            Set.of());

    public WindowsProvider() {
        super(new WindowsFiles(), new WindowsDescriptors(), new WindowsEnvironment(),
                Map.of(Processes.class, new WindowsProcesses(), Sessions.class, new WindowsConsole(),
                        SystemInfo.class, new WindowsSystemInfo()));
    }

    /** In OSGi, refuses to come up off Windows, so that no unusable service is bound. */
    @Activate
    void activate() {
        String why = Host.whyUnusable();
        if (why != null) {
            throw new IllegalStateException(why);
        }
    }

    @Override
    public String id() {
        return "windows (jna)";
    }

    @Override
    public boolean isUsable() {
        return Host.whyUnusable() == null;
    }

    @Override
    public Optional<String> unusableReason() {
        return Optional.ofNullable(Host.whyUnusable());
    }

    @Override
    public int rank() {
        return RANK_NATIVE;
    }

    @Override
    public Platform platform() {
        return Platform.NT;
    }

    @Override
    public Supports supports() {
        return SUPPORTS;
    }

    @Override
    public String toString() {
        return id() + (isUsable() ? "" : " (unusable: " + Host.whyUnusable() + ")");
    }
}
