package org.osprey.shutil;

import java.util.List;

/** One element of {@code shutil.get_unpack_formats()}: the tuple {@code (name, extensions, description)}. */
public record UnpackFormat(String name, List<String> extensions, String description) {
    public UnpackFormat {
        extensions = List.copyOf(extensions);
    }
}
