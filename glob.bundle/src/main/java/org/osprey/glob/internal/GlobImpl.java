package org.osprey.glob.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;

/** {@link Glob} over one {@link Os}; the DS component of this bundle. */
@Component(service = Glob.class)
public final class GlobImpl implements Glob {
    private final Os os;

    @Activate
    public GlobImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public List<String> glob(String pathname, GlobOptions options) throws IOException {
        throw new UnsupportedOperationException("glob.glob: not implemented yet");
    }
}
