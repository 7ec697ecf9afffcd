package org.osprey.os.spi;

import java.util.List;
import java.util.stream.Stream;

/** The facet types a provider can have. */
public final class Facets {
    private Facets() {
    }

    /** The facets every provider has. */
    public static final List<Class<?>> REQUIRED = List.of(Files.class, Descriptors.class, Environment.class);

    /** The facets a provider may lack. */
    public static final List<Class<?>> OPTIONAL = List.of(DirectoryDescriptors.class, SpecialFiles.class,
            FileSystems.class, Xattrs.class, AdvancedIo.class, Identity.class, Sessions.class, Scheduling.class,
            UserDatabase.class, SystemInfo.class, Processes.class, MemoryMaps.class);

    /** Every facet type, the required ones first. */
    public static final List<Class<?>> ALL = Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();
}
