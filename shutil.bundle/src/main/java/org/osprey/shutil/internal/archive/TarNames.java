package org.osprey.shutil.internal.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.osprey.os.FsCodec;

/**
 * Tar member names as file-name bytes. Commons Compress is told the names are ISO-8859-1, so a header's bytes
 * pass through unchanged in both directions; names from PAX headers reach us already decoded from UTF-8. A member
 * whose name has undecodable bytes is written with the PAX record {@code hdrcharset=BINARY} (as Python marks such
 * names), which tells the reader to take the name's bytes as they are.
 */
final class TarNames {
    /** The charset Commons Compress is given: one char per byte. */
    static final String ENCODING = "ISO-8859-1";

    private TarNames() {
    }

    /** The PAX record that marks names as raw bytes. */
    static final String HDRCHARSET = "hdrcharset";
    static final String BINARY = "BINARY";

    /** Whether a file name has undecodable bytes (lone surrogates, as {@code surrogateescape} makes them). */
    static boolean isBinary(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The header form of a file name: its file-system bytes, one char each. */
    static String toHeader(String name) {
        return new String(FsCodec.encode(name), StandardCharsets.ISO_8859_1);
    }

    /**
     * The file name a member name stands for. Marked {@code binary}, its bytes are the name. Otherwise a name with
     * a char above U+00FF, or whose bytes are not UTF-8, came decoded from a PAX header and is kept, and other
     * names are decoded from their bytes like file names (so a non-UTF-8 name stored in a plain header by a tool
     * that does not mark it shows as Latin-1, a known limitation).
     */
    static String fromHeader(String name, boolean binary) {
        boolean nonAscii = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0xff) {
                return name;
            }
            nonAscii |= c >= 0x80;
        }
        if (!nonAscii) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return binary || isUtf8(bytes) ? FsCodec.decode(bytes) : name;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
