package org.osprey.linecache.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source file's bytes to {@code linecache}'s lines, as {@code tokenize.open(...).readlines()} reads them:
 * the encoding comes from a UTF-8 BOM or a PEP 263 coding cookie ({@code tokenize.detect_encoding}), decoding
 * is strict, newlines are universal ({@code \r\n} and {@code \r} read as {@code \n}), and every line ends in
 * {@code \n}.
 */
final class SourceText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // UNIX_LINES: Python's '.' stops only at '\n'; Java's \w is ASCII like Python's re.ASCII
    private static final Pattern COOKIE = Pattern.compile("^[ \t\f]*#.*?coding[:=][ \t]*([-\\w.]+)",
            Pattern.UNIX_LINES);

    private SourceText() {
    }

    /** A file that {@code tokenize} refuses: bad cookie, BOM/cookie conflict, undecodable bytes. */
    static final class UndecodableException extends IOException {
        private static final long serialVersionUID = 1L;

        UndecodableException(String message) {
            super(message);
        }
    }

    static List<String> lines(byte[] data) throws IOException {
        boolean bom = startsWithBom(data);
        int start = bom ? BOM.length : 0;
        Charset charset = detect(data, start, bom);
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("cannot decode as " + charset + ": " + e);
        }
        List<String> lines = universalLines(text);
        if (lines.isEmpty()) {
            lines.add("\n");
        } else if (!lines.get(lines.size() - 1).endsWith("\n")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n");
        }
        return Collections.unmodifiableList(lines);
    }

    /** {@code tokenize.detect_encoding}: a cookie on line 1, or on line 2 after a blank or comment line 1. */
    private static Charset detect(byte[] data, int start, boolean bom) throws IOException {
        int firstEnd = lineEnd(data, start);
        if (firstEnd == start) {
            return StandardCharsets.UTF_8;
        }
        Charset cookie = cookie(data, start, firstEnd, bom);
        if (cookie != null) {
            return cookie;
        }
        if (!isBlankOrComment(data, start, firstEnd)) {
            return StandardCharsets.UTF_8;
        }
        int secondEnd = lineEnd(data, firstEnd);
        if (secondEnd == firstEnd) {
            return StandardCharsets.UTF_8;
        }
        cookie = cookie(data, firstEnd, secondEnd, bom);
        return cookie != null ? cookie : StandardCharsets.UTF_8;
    }

    private static boolean startsWithBom(byte[] data) {
        return data.length >= BOM.length && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2];
    }

    /** The end of the line starting at {@code from}, just past its {@code \n}. */
    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i < data.length ? i + 1 : i;
    }

    /** tokenize's {@code blank_re}: only spaces, tabs and form feeds, then a comment, a newline or the end. */
    private static boolean isBlankOrComment(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        return i == to || data[i] == '#' || data[i] == '\r' || data[i] == '\n';
    }

    /** The charset a coding cookie on this line names, or null when the line has none. */
    private static Charset cookie(byte[] data, int from, int to, boolean bom) throws IOException {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("invalid or missing encoding declaration");
        }
        Matcher m = COOKIE.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String name = normalName(m.group(1));
        Charset charset = charset(name);
        // by name, as tokenize does: after a BOM even "utf8" (an alias Python knows) is refused
        if (bom && !name.equals("utf-8")) {
            throw new UndecodableException("encoding problem: utf-8");
        }
        return charset;
    }

    /** tokenize's {@code _get_normal_name}: the spellings of UTF-8 and Latin-1 that Python folds together. */
    private static String normalName(String name) {
        String enc = name.substring(0, Math.min(12, name.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin1 : List.of("latin-1", "iso-8859-1", "iso-latin-1")) {
            if (enc.equals(latin1) || enc.startsWith(latin1 + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** Python's codec lookup approximated by Java's charset names and aliases, with Python's '_'/'-' leniency. */
    private static Charset charset(String name) throws IOException {
        for (String candidate : List.of(name, name.replace('_', '-'), name.replace('-', '_'))) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next spelling
            }
        }
        throw new UndecodableException("unknown encoding: " + name);
    }

    /** Text split after each newline, {@code \r\n} and lone {@code \r} read as {@code \n}. */
    private static List<String> universalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(line.append('\n').toString());
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code [line + '\n' for line in source.splitlines()]}: at every line boundary Python's str knows. */
    static List<String> splitlines(String source) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (isLineBoundary(c)) {
                lines.add(source.substring(start, i) + "\n");
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < source.length()) {
            lines.add(source.substring(start) + "\n");
        }
        return Collections.unmodifiableList(lines);
    }

    private static boolean isLineBoundary(char c) {
        return switch (c) {
            case '\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }
}
