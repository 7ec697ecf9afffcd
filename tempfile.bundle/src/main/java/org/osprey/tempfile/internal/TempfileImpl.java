package org.osprey.tempfile.internal;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.tempfile.Tempfile;

/** {@link Tempfile} over one {@link Os}; the DS component of this bundle. */
@Component(service = Tempfile.class)
public final class TempfileImpl implements Tempfile {
    private final Os os;

    @Activate
    public TempfileImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }
}
