package org.osprey.shutil.internal.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The compressions of a tarball, with their magic numbers (Python's {@code tarfile.open} detects them too). xz is
 * used directly from {@code org.tukaani.xz}, so that the module graph and the OSGi resolver both see the need.
 */
enum Compression {
    NONE("", new byte[0]),
    GZIP(".gz", new byte[] {0x1f, (byte) 0x8b}),
    BZIP2(".bz2", new byte[] {'B', 'Z', 'h'}),
    XZ(".xz", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0});

    private static final int MAGIC_MAX = 6;

    private final String extension;
    private final byte[] magic;

    Compression(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    /** What the archive's name gets after {@code .tar}. */
    String extension() {
        return extension;
    }

    OutputStream compress(OutputStream out) throws IOException {
        return switch (this) {
            case NONE -> out;
            case GZIP -> new GzipCompressorOutputStream(out);
            case BZIP2 -> new BZip2CompressorOutputStream(out);
            case XZ -> new XZOutputStream(out, new LZMA2Options()); // preset 6, Python's default
        };
    }

    InputStream decompress(InputStream in) throws IOException {
        return switch (this) {
            case NONE -> in;
            case GZIP -> new GzipCompressorInputStream(in, true);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case XZ -> new XZInputStream(in); // concatenated streams too
        };
    }

    /** The compression whose magic number {@code in} starts with; {@code in} is left where it was. */
    static Compression detect(BufferedInputStream in) throws IOException {
        in.mark(MAGIC_MAX);
        byte[] head = in.readNBytes(MAGIC_MAX);
        in.reset();
        for (Compression c : values()) {
            if (c != NONE && head.length >= c.magic.length
                    && Arrays.equals(head, 0, c.magic.length, c.magic, 0, c.magic.length)) {
                return c;
            }
        }
        return NONE;
    }
}
