package org.osprey.linecache.internal;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.linecache.Linecache;

/** {@link Linecache} over one {@link Os}; the DS component of this bundle. */
@Component(service = Linecache.class)
public final class LinecacheImpl implements Linecache {
    private final Os os;

    @Activate
    public LinecacheImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }
}
