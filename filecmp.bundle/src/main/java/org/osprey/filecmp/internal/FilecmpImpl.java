package org.osprey.filecmp.internal;

import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.filecmp.Filecmp;

/** {@link Filecmp} over one {@link Os}; the DS component of this bundle. */
@Component(service = Filecmp.class)
public final class FilecmpImpl implements Filecmp {
    private final Os os;

    @Activate
    public FilecmpImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }
}
