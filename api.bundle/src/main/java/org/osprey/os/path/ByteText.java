package org.osprey.os.path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.osprey.os.FsCodec;

/**
 * A {@code bytes} path as text on which the {@code str} functions do what Python's functions do with the bytes:
 * one character per byte, ASCII as itself and every byte from 0x80 up as the lone surrogate {@code U+DC80..U+DCFF}
 * (what decoding as ASCII with {@code surrogateescape} gives). Such text has no letters beyond ASCII, so Python's
 * {@code lower()} of it is {@code bytes.lower()}; it orders as the bytes do; and its n-th code point is the n-th
 * byte, so {@code ntpath} finds a drive letter's colon at the second byte, as it does in bytes. Turning a path
 * into text and back ({@link #bytes}) gives the same bytes; so does any piece of it.
 */
final class ByteText {
    private ByteText() {
    }

    /** {@link #text(byte[])} of the parameter {@code name}: Python's TypeError for None, before any work. */
    static String text(byte[] bytes, String name) {
        return text(Objects.requireNonNull(bytes, name));
    }

    /** {@code os.fsdecode} of the parameter {@code name}, which a null names. */
    static String fsdecode(byte[] bytes, String name) {
        return FsCodec.decode(Objects.requireNonNull(bytes, name));
    }

    static String text(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            chars[i] = (char) (b < 0x80 ? b : 0xdc00 | b);
        }
        return new String(chars);
    }

    static List<String> texts(Collection<byte[]> paths, String name) {
        List<String> texts = new ArrayList<>(Objects.requireNonNull(paths, name).size());
        for (byte[] p : paths) {
            texts.add(text(p));
        }
        return texts;
    }

    /** The bytes of text made by {@link #text} (or of pieces of it joined with ASCII). */
    static byte[] bytes(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }
}
