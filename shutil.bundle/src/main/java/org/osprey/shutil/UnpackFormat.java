package org.osprey.shutil;

import java.util.List;

/** One element of {@code shutil.get_unpack_formats()}: the tuple {@code (name, extensions, description)}. */
public record UnpackFormat(String name, List<String> extensions, String description) {
    /**
     * A format; {@code extensions} is copied.
     *
     * @param name the format's name
     * @param extensions the file name endings that select the format
     * @param description the format's description
     */
    public UnpackFormat {
        extensions = List.copyOf(extensions);
    }
}
