package org.osprey.posix;

import static org.osprey.posix.NativeSide.n;
import static org.osprey.posix.NativeSide.whyUnusable;

import java.util.Map;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osprey.os.Platform;
import org.osprey.os.Supports;
import org.osprey.os.spi.AdvancedIo;
import org.osprey.os.spi.DirectoryDescriptors;
import org.osprey.os.spi.FileSystems;
import org.osprey.os.spi.Identity;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Scheduling;
import org.osprey.os.spi.Sessions;
import org.osprey.os.spi.SpecialFiles;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.UnixSockets;
import org.osprey.os.spi.UserDatabase;
import org.osprey.os.spi.Xattrs;
import org.osprey.os.spi.support.FacetedProvider;

/**
 * Python's {@code os} on Linux and macOS, with every facet, one class each: each operation is one native call,
 * mostly an {@code *at} call, on paths encoded into per-thread native buffers; a failure becomes an
 * {@link org.osprey.os.OsException} through the one {@link org.osprey.posix.errors.ErrnoTranslator}. The native
 * side loads on first use ({@link NativeSide}); where it cannot, the provider is not {@link #isUsable() usable}
 * and says why.
 */
// the osprey.provider.* properties describe it to those that import no SPI, such as the shell (ProviderPropertiesTest)
@Component(service = OsProvider.class, immediate = true, property = {
        "service.ranking:Integer=" + OsProvider.RANK_NATIVE, "osprey.provider.id=posix (jnr)",
        "osprey.provider.platforms=linux-x86_64", "osprey.provider.platforms=linux-aarch64",
        "osprey.provider.platforms=darwin-x86_64", "osprey.provider.platforms=darwin-aarch64",
        "osprey.provider.facets=DirectoryDescriptors", "osprey.provider.facets=SpecialFiles",
        "osprey.provider.facets=FileSystems", "osprey.provider.facets=Xattrs", "osprey.provider.facets=AdvancedIo",
        "osprey.provider.facets=Identity", "osprey.provider.facets=Sessions", "osprey.provider.facets=Scheduling",
        "osprey.provider.facets=UserDatabase", "osprey.provider.facets=SystemInfo",
        "osprey.provider.facets=Processes", "osprey.provider.facets=MemoryMaps",
        "osprey.provider.facets=UnixSockets"})
// In a framework DS registers the service, so the ServiceLoader mediator (SPI Fly) is optional there.
@ServiceProvider(value = OsProvider.class, resolution = Resolution.OPTIONAL)
public final class PosixProvider extends FacetedProvider {
    public PosixProvider() {
        super(new PosixFiles(), new PosixDescriptors(), new PosixEnvironment(), Map.ofEntries(
            Map.entry(DirectoryDescriptors.class, new PosixDirectoryDescriptors()),
            Map.entry(SpecialFiles.class, new PosixSpecialFiles()),
            Map.entry(FileSystems.class, new PosixFileSystems()),
            Map.entry(Xattrs.class, new PosixXattrs()), Map.entry(AdvancedIo.class, new PosixAdvancedIo()),
            Map.entry(Identity.class, new PosixIdentity()), Map.entry(Sessions.class, new PosixSessions()),
            Map.entry(Scheduling.class, new PosixScheduling()), Map.entry(UserDatabase.class, new PosixUserDatabase()),
            Map.entry(SystemInfo.class, new PosixSystemInfo()), Map.entry(Processes.class, new PosixProcesses()),
            Map.entry(MemoryMaps.class, new PosixMemoryMaps()),
            Map.entry(UnixSockets.class, new PosixUnixSockets())));
    }

    /** In OSGi, refuses to come up where the native side does not load, so that no broken service is bound. */
    @Activate
    void activate() {
        n();
    }

    @Override
    public String id() {
        return "posix (jnr)";
    }

    @Override
    public boolean isUsable() {
        return whyUnusable() == null;
    }

    @Override
    public int rank() {
        return RANK_NATIVE;
    }

    @Override
    public Platform platform() {
        return Platform.POSIX;
    }

    @Override
    public Supports supports() {
        return n().abi().variant().supports();
    }

    @Override
    public String toString() {
        return id() + (isUsable() ? "" : " (unusable: " + whyUnusable() + ")");
    }
}
