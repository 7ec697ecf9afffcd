package org.osprey.shutil.internal;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.shutil.Shutil;

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
}
