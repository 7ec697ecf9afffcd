package org.osprey.shutil;

/** One element of {@code shutil.get_archive_formats()}: the tuple {@code (name, description)}. */
public record ArchiveFormat(String name, String description) {
}
