package org.osprey.fnmatch.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.fnmatch.Fnmatch;

/** {@link Fnmatch} over one {@link Os}; the DS component of this bundle. */
@Component(service = Fnmatch.class)
public final class FnmatchImpl implements Fnmatch {
    private final Os os;

    @Activate
    public FnmatchImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public List<String> filter(Collection<String> names, String pattern) {
        throw new UnsupportedOperationException("fnmatch.filter: not implemented yet");
    }
}
