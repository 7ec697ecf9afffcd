package org.osprey.shutil.internal.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.osprey.os.FsCodec;

/**
 * Tar member names as file-name bytes. Commons Compress is told the names are ISO-8859-1, so a header's bytes
 * pass through unchanged in both directions (non-UTF-8 names included); names from PAX headers reach us already
 * decoded from UTF-8.
 */
final class TarNames {
    /** The charset Commons Compress is given: one char per byte. */
    static final String ENCODING = "ISO-8859-1";

    private TarNames() {
    }

    /** The header form of a file name: its file-system bytes, one char each. */
    static String toHeader(String name) {
        return new String(FsCodec.encode(name), StandardCharsets.ISO_8859_1);
    }

    /**
     * The file name a member name stands for. A name with a char above U+00FF, or whose bytes are not UTF-8,
     * came decoded from a PAX header and is kept; otherwise its bytes are decoded like file names (so a
     * non-UTF-8 name stored in a plain header by another tool shows as Latin-1, a known limitation).
     */
    static String fromHeader(String name) {
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
        return isUtf8(bytes) ? FsCodec.decode(bytes) : name;
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
