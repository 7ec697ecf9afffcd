package org.osprey.shutil.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.shutil.ArchiveFormat;
import org.osprey.shutil.ArchiveMaker;
import org.osprey.shutil.ArchiveRegistryException;
import org.osprey.shutil.ArchiveUnpacker;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackFormat;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.archive.ArchiveRegistry;
import org.osprey.shutil.internal.archive.Archives;

/** {@link Shutil} over one {@link Os}; the DS component of this bundle. */
@Component(service = Shutil.class)
public final class ShutilImpl implements Shutil {
    private final Os os;

    @Activate
    public ShutilImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public String copyfile(String src, String dst) throws IOException {
        throw new UnsupportedOperationException("shutil.copyfile: not implemented yet");
    }

    @Override
    public String copytree(String src, String dst) throws IOException {
        throw new UnsupportedOperationException("shutil.copytree: not implemented yet");
    }

    @Override
    public void rmtree(String path) throws IOException {
        throw new UnsupportedOperationException("shutil.rmtree: not implemented yet");
    }

    // ---- archives (make_archive, unpack_archive, ...) ----

    private Archives archives() {
        return new Archives(os);
    }

    @Override
    public String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException {
        return archives().makeArchive(baseName, format, options);
    }

    @Override
    public void unpackArchive(String filename, String extractDir, UnpackOptions options) throws IOException {
        archives().unpackArchive(filename, extractDir, options);
    }

    @Override
    public List<ArchiveFormat> getArchiveFormats() {
        return ArchiveRegistry.archiveFormats();
    }

    @Override
    public List<UnpackFormat> getUnpackFormats() {
        return ArchiveRegistry.unpackFormats();
    }

    @Override
    public void registerArchiveFormat(String name, ArchiveMaker function, String description) {
        ArchiveRegistry.registerArchiveFormat(name, function, description);
    }

    @Override
    public void unregisterArchiveFormat(String name) {
        ArchiveRegistry.unregisterArchiveFormat(name);
    }

    @Override
    public void registerUnpackFormat(String name, List<String> extensions, ArchiveUnpacker function,
            String description) throws ArchiveRegistryException {
        ArchiveRegistry.registerUnpackFormat(name, extensions, function, description);
    }

    @Override
    public void unregisterUnpackFormat(String name) {
        ArchiveRegistry.unregisterUnpackFormat(name);
    }
}
