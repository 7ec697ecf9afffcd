package org.osprey.io;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.util.NoSuchElementException;

/**
 * Python's codec error handlers, the {@code errors} argument: what decoding puts for bytes it cannot decode, and
 * what encoding writes for characters it cannot encode. {@code strict} throws the JDK's
 * {@link CharacterCodingException} ({@code MalformedInputException} or {@code UnmappableCharacterException}),
 * which is Python's {@code UnicodeDecodeError}/{@code UnicodeEncodeError}.
 */
public enum ErrorHandler {
    /** {@code strict}: a {@link CharacterCodingException}, Python's {@code UnicodeError}. */
    STRICT("strict"),
    /** {@code ignore}: leaves out what cannot be converted. */
    IGNORE("ignore"),
    /** {@code replace}: U+FFFD when decoding, {@code ?} when encoding. */
    REPLACE("replace"),
    /** {@code surrogateescape}: an undecodable byte becomes a lone surrogate, and back. */
    SURROGATEESCAPE("surrogateescape"),
    /** {@code backslashreplace}: a backslash escape such as {@code \xff}. */
    BACKSLASHREPLACE("backslashreplace"),
    /** {@code xmlcharrefreplace}: an XML character reference, when encoding. */
    XMLCHARREFREPLACE("xmlcharrefreplace"),
    /** {@code namereplace}: a {@code \N{...}} escape, when encoding. */
    NAMEREPLACE("namereplace");

    private final String pythonName;

    ErrorHandler(String pythonName) {
        this.pythonName = pythonName;
    }

    /**
     * The handler Python calls {@code name}; null is {@code strict}.
     *
     * @param name the handler's name, or null
     * @return the handler
     * @throws NoSuchElementException       for a name Python does not know (its {@code LookupError})
     * @throws UnsupportedOperationException for {@code surrogatepass}, which is not implemented
     */
    public static ErrorHandler of(String name) {
        if (name == null) {
            return STRICT;
        }
        for (ErrorHandler h : values()) {
            if (h.pythonName.equals(name)) {
                return h;
            }
        }
        if (name.equals("surrogatepass")) {
            throw new UnsupportedOperationException("errors='surrogatepass' is not supported by Osprey's text files");
        }
        throw new NoSuchElementException("unknown error handler name '" + name + "'");
    }

    /** {@return the handler's name in Python, such as {@code "surrogateescape"}} */
    public String pythonName() {
        return pythonName;
    }

    /**
     * What decoding puts for bytes the codec cannot decode.
     *
     * @param text     what the bytes decode to
     * @param consumed how many of them it stands for: decoding goes on after them
     */
    record Replacement(String text, int consumed) {
    }

    /** What decoding puts for {@code b[off, off + len)}, which the codec reported as {@code error}. */
    Replacement decodeReplacement(byte[] b, int off, int len, CoderResult error) throws CharacterCodingException {
        switch (this) {
            case IGNORE:
                return new Replacement("", len);
            case REPLACE:
                return new Replacement("\ufffd", len);
            case SURROGATEESCAPE: {
                // as CPython's: the bytes >= 128 at the start, at most 4, and decoding resumes after them
                StringBuilder s = new StringBuilder();
                while (s.length() < Math.min(len, 4) && b[off + s.length()] < 0) {
                    s.append((char) (0xdc00 | (b[off + s.length()] & 0xff)));
                }
                if (s.length() == 0) {
                    error.throwException();
                }
                return new Replacement(s.toString(), s.length());
            }
            case BACKSLASHREPLACE: {
                StringBuilder s = new StringBuilder(4 * len);
                for (int i = off; i < off + len; i++) {
                    s.append(String.format("\\x%02x", b[i] & 0xff));
                }
                return new Replacement(s.toString(), len);
            }
            case XMLCHARREFREPLACE:
            case NAMEREPLACE:
                throw new IllegalArgumentException("don't know how to handle UnicodeDecodeError in error callback");
            default:
                error.throwException();
                throw new AssertionError("throwException returned");
        }
    }

    /** Whether this handler writes raw bytes ({@link #encodeBytes}) rather than text to encode ({@link #encodeText}). */
    boolean writesBytes() {
        return this == SURROGATEESCAPE;
    }

    /** The bytes written for {@code bad} by a handler that {@link #writesBytes()}. */
    byte[] encodeBytes(String bad, CoderResult error) throws CharacterCodingException {
        byte[] out = new byte[bad.length()];
        for (int i = 0; i < bad.length(); i++) {
            char c = bad.charAt(i);
            if (c < 0xdc80 || c > 0xdcff) {
                error.throwException();
            }
            out[i] = (byte) c;
        }
        return out;
    }

    /** The text encoded in place of {@code bad}, which the codec reported as {@code error}. */
    String encodeText(String bad, CoderResult error) throws CharacterCodingException {
        StringBuilder s = new StringBuilder();
        switch (this) {
            case IGNORE:
                break;
            case REPLACE:
                bad.codePoints().forEach(cp -> s.append('?'));
                break;
            case BACKSLASHREPLACE:
                bad.codePoints().forEach(cp -> s.append(backslashed(cp)));
                break;
            case XMLCHARREFREPLACE:
                bad.codePoints().forEach(cp -> s.append("&#").append(cp).append(';'));
                break;
            case NAMEREPLACE:
                bad.codePoints().forEach(cp -> {
                    String name = UnicodeNames.name(cp);
                    s.append(name != null ? "\\N{" + name + "}" : backslashed(cp));
                });
                break;
            default:
                error.throwException();
        }
        return s.toString();
    }

    private static String backslashed(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
}
