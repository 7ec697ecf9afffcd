package org.osprey.os.spi;

import java.util.ArrayList;
import java.util.List;

/** The facet types a provider can have. */
public final class Facets {
    private Facets() {
    }

    /** The facets every provider has. */
    public static final List<Class<?>> REQUIRED = List.of(Files.class, Descriptors.class, Environment.class);

    /** The facets a provider may lack. */
    public static final List<Class<?>> OPTIONAL = List.of(DirectoryDescriptors.class, SpecialFiles.class,
            FileSystems.class, Xattrs.class, AdvancedIo.class, Identity.class, Sessions.class, Scheduling.class,
            UserDatabase.class, SystemInfo.class, Processes.class, MemoryMaps.class,
            UnixSockets.class);

    /** Every facet type, the required ones first. */
    public static final List<Class<?>> ALL = concat(REQUIRED, OPTIONAL);

    /** No stream: this class loads on every process's first {@code Os.get()}. */
    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
