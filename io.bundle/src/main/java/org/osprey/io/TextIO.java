package org.osprey.io;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.List;

/**
 * CPython 3.13's C {@code io.TextIOWrapper} (mode {@code 'w+'}) over a {@link RawIO}, ported step by step so
 * that reads, writes, {@code tell()} cookies, {@code seek()}, {@code truncate()} and {@code newlines} come out as
 * CPython's: the same chunk sizes (8192 bytes, more for a large {@code read(n)}), the same decoder snapshots, the
 * same reconstruction of a position in the middle of a decoded chunk. Lengths count code points, as Python's
 * {@code str} does. One difference: writes are not buffered (as with {@code write_through=True}), so the bytes
 * are in the file as soon as {@link #write} returns. Each call holds this object's lock, so that
 * {@link #close()} (from a finalizer too) never closes the file in the middle of one.
 */
public final class TextIO implements Channel {
    /** {@code whence}: from the start. */
    public static final int SEEK_SET = 0;
    /** {@code whence}: from the current position. */
    public static final int SEEK_CUR = 1;
    /** {@code whence}: from the end. */
    public static final int SEEK_END = 2;
    private static final int CHUNK_SIZE = 8192;
    private static final int MAX_CHUNK = Integer.MAX_VALUE - 8;

    private final RawIO raw;
    private final String encoding;
    private final ErrorHandler errors;
    private final boolean stateInBytes;
    private final IncrementalDecoder decoder;
    private final NewlineDecoder newlineDecoder;
    private final IncrementalEncoder encoder;
    private final boolean readTranslate;
    private final boolean readUniversal;
    private final String readNl;
    private final boolean writeTranslate;
    private final String writeNl;

    private String decodedChars; // what the last chunk decoded to, null for none
    private int decodedCharsUsed; // how much of it was read, in chars
    private byte[] snapshotInput; // the input since the last point where the decoder held nothing, null for none
    private int snapshotFlags; // the decoder's flags at that point
    private double b2cratio; // bytes per character of the last chunk

    /**
     * Python's {@code TextIOWrapper(buffer, encoding, errors, newline)} over {@code raw}.
     *
     * @param encoding the name as given (null: the locale's, as for {@code "locale"})
     * @param errors   the error handler's name (null: {@code strict})
     * @param newline  {@code None} (null), {@code ''}, {@code '\n'}, {@code '\r'} or {@code '\r\n'}
     * @param linesep  {@code os.linesep}, which {@code newline=None} writes for {@code '\n'}
     * @param raw the bytes read and written
     * @throws java.util.NoSuchElementException for an encoding or error handler Python does not know
     * @throws IllegalArgumentException          for any other newline (Python's {@code ValueError})
     * @throws IOException if the position cannot be read
     */
    public TextIO(RawIO raw, String encoding, String errors, String newline, String linesep) throws IOException {
        checkNewline(newline);
        this.encoding = encoding == null || encoding.equals("locale") ? Codec.localeEncoding() : encoding;
        Codec codec = Codec.lookup(this.encoding);
        this.errors = ErrorHandler.of(errors);
        this.raw = raw;
        this.stateInBytes = codec.stateInBytes();
        readUniversal = newline == null || newline.isEmpty();
        readTranslate = newline == null;
        readNl = newline;
        writeTranslate = newline == null || !newline.isEmpty();
        if (!readUniversal) {
            writeNl = newline.equals("\n") ? null : newline;
        } else {
            writeNl = linesep.equals("\n") ? null : linesep;
        }
        IncrementalDecoder d = codec.newDecoder(this.errors);
        newlineDecoder = readUniversal ? new NewlineDecoder(d, readTranslate) : null;
        decoder = readUniversal ? newlineDecoder : d;
        encoder = codec.newEncoder(this.errors);
        if (raw.tell() != 0) {
            encoder.pastStart();
        }
    }

    /**
     * Fails as the constructor would for these arguments, before the caller makes a file for them.
     *
     * @param encoding the encoding's name, or null
     * @param errors the error handler's name, or null
     * @param newline the newline argument
     */
    public static void check(String encoding, String errors, String newline) {
        checkNewline(newline);
        Codec.lookup(encoding == null || encoding.equals("locale") ? Codec.localeEncoding() : encoding);
        ErrorHandler.of(errors);
    }

    static void checkNewline(String newline) {
        if (newline != null && !List.of("", "\n", "\r", "\r\n").contains(newline)) {
            throw new IllegalArgumentException("illegal newline value: " + newline);
        }
    }

    /**
     * {@code encoding}: as given, or the locale's name for it.
     *
     * @return the name
     */
    public String encoding() {
        return encoding;
    }

    /**
     * {@code errors}: the handler's name, {@code strict} by default.
     *
     * @return the name
     */
    public String errors() {
        return errors.pythonName();
    }

    /**
     * {@code newlines}: the line endings read so far, empty for {@code None} (always, unless universal).
     *
     * @return the endings
     */
    public List<String> newlines() {
        return newlineDecoder == null ? List.of() : newlineDecoder.newlines();
    }

    /**
     * {@code buffer}.
     *
     * @return the raw file
     */
    public RawIO raw() {
        return raw;
    }

    @Override
    public boolean isOpen() {
        return raw.isOpen();
    }

    private void checkClosed() throws ClosedChannelException {
        if (!raw.isOpen()) {
            throw new ClosedChannelException(); // Python's ValueError: I/O operation on closed file.
        }
    }

    @Override
    public synchronized void close() throws IOException {
        raw.close();
    }

    /**
     * {@code flush()}: writes are not buffered, so this only checks the file is open.
     *
     * @throws IOException if the file is closed
     */
    public synchronized void flush() throws IOException {
        checkClosed(); // nothing is buffered
    }

    // ---- writing ----

    /**
     * {@code write(s)}: the number of code points written.
     *
     * @param s the text
     * @return the number of code points
     * @throws IOException if encoding or writing fails
     */
    public synchronized int write(String s) throws IOException {
        checkClosed();
        int length = s.codePointCount(0, s.length());
        String text = s;
        if (writeTranslate && writeNl != null && text.indexOf('\n') >= 0) {
            text = text.replace("\n", writeNl);
        }
        raw.write(encoder.encode(text));
        setDecodedChars(null);
        snapshotInput = null;
        decoder.reset();
        return length;
    }

    // ---- reading ----

    private void setDecodedChars(String chars) {
        decodedChars = chars;
        decodedCharsUsed = 0;
    }

    /** {@code _get_decoded_chars(n)}: up to {@code n} code points ({@code n < 0}: all) of the decoded chunk. */
    private String takeDecodedChars(long n) {
        if (decodedChars == null) {
            return "";
        }
        int start = decodedCharsUsed;
        int end = n < 0 ? decodedChars.length() : advance(decodedChars, start, n);
        decodedCharsUsed = end;
        return decodedChars.substring(start, end);
    }

    /** The index {@code n} code points after {@code from}, or the end. */
    private static int advance(String s, int from, long n) {
        int i = from;
        for (long k = 0; k < n && i < s.length(); k++) {
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
        }
        return i;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code _read_chunk(size_hint)}: decodes the next chunk; false at the end of the file. */
    private boolean readChunk(long sizeHint) throws IOException {
        byte[] decBuffer = decoder.buffered();
        int decFlags = decoder.flags();
        long hint = sizeHint > 0 ? (long) (Math.max(b2cratio, 1.0) * sizeHint) : sizeHint;
        byte[] input = raw.read1((int) Math.min(Math.max(CHUNK_SIZE, hint), MAX_CHUNK));
        boolean eof = input.length == 0;
        String decoded = decoder.decode(input, eof);
        setDecodedChars(decoded);
        int nchars = codePoints(decoded);
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) {
            eof = false;
        }
        snapshotFlags = decFlags;
        snapshotInput = Bytes.concat(decBuffer, input);
        return !eof;
    }

    /**
     * {@code read(n)}: up to {@code n} code points; {@code n < 0} reads to the end.
     *
     * @param n the number of code points at most
     * @return the text
     * @throws IOException if reading or decoding fails
     */
    public synchronized String read(long n) throws IOException {
        checkClosed();
        if (n < 0) {
            String decoded = decoder.decode(raw.readAll(), true);
            String result = takeDecodedChars(-1) + decoded;
            setDecodedChars(null);
            snapshotInput = null;
            return result;
        }
        StringBuilder result = new StringBuilder(takeDecodedChars(n));
        long remaining = n - codePoints(result.toString());
        while (remaining > 0) {
            if (!readChunk(remaining)) {
                break;
            }
            String more = takeDecodedChars(remaining);
            result.append(more);
            remaining -= codePoints(more);
        }
        return result.toString();
    }

    /**
     * {@code readline(limit)}: one line with its ending, at most {@code limit} code points ({@code < 0}: no limit).
     *
     * @param limit the number of code points at most
     * @return the line
     * @throws IOException if reading or decoding fails
     */
    public synchronized String readline(long limit) throws IOException {
        checkClosed();
        StringBuilder chunks = new StringBuilder();
        long chunked = 0; // code points put aside in chunks
        String remaining = null;
        String line = null;
        int start = 0;
        int endpos = 0;
        int offsetToBuffer = 0;
        while (true) {
            boolean more = true;
            while (decodedChars == null || decodedChars.isEmpty()) {
                more = readChunk(0);
                if (!more) {
                    break;
                }
            }
            if (!more) {
                setDecodedChars(null); // end of file
                snapshotInput = null;
                line = null;
                start = 0;
                endpos = 0;
                offsetToBuffer = 0;
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedCharsUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining + decodedChars;
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            int[] consumed = new int[1];
            int found = findLineEnding(line, start, consumed);
            if (found >= 0) {
                endpos = found;
                if (limit >= 0 && line.codePointCount(start, endpos) + chunked >= limit) {
                    endpos = advance(line, start, limit - chunked);
                }
                break;
            }
            endpos = consumed[0];
            if (limit >= 0 && line.codePointCount(start, endpos) + chunked >= limit) {
                endpos = advance(line, start, limit - chunked); // no line ending, but the limit is reached
                break;
            }
            if (endpos > start) {
                chunks.append(line, start, endpos);
                chunked += line.codePointCount(start, endpos);
            }
            if (endpos < line.length()) {
                remaining = line.substring(endpos); // maybe the start of a line ending: kept for the next chunk
            }
            line = null;
            setDecodedChars(null);
        }
        if (line != null) {
            decodedCharsUsed = endpos - offsetToBuffer; // the line ends in the current chunk
            line = line.substring(start, endpos);
        }
        if (remaining != null) {
            chunks.append(remaining);
        }
        if (line != null) {
            chunks.append(line);
        }
        return chunks.toString();
    }

    /**
     * {@code _PyIO_find_line_ending}: the index just past the first line ending at or after {@code start}, or -1
     * with {@code consumed[0]} set to how far no ending can start.
     */
    private int findLineEnding(String line, int start, int[] consumed) {
        int end = line.length();
        if (readTranslate) {
            int pos = line.indexOf('\n', start); // already translated
            consumed[0] = end;
            return pos < 0 ? -1 : pos + 1;
        }
        if (readUniversal) {
            for (int i = start; i < end; i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && line.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            consumed[0] = end;
            return -1;
        }
        int pos = line.indexOf(readNl, start);
        if (pos >= 0) {
            return pos + readNl.length();
        }
        // a partial ending at the end: keep it for the next chunk
        int tail = Math.max(start, end - readNl.length() + 1);
        int last = readNl.length() == 1 ? -1 : line.indexOf(readNl.charAt(0), tail);
        consumed[0] = last < 0 ? end : last;
        return -1;
    }

    // ---- positions ----

    /**
     * {@code _textiowrapper_decoder_setstate}: the decoder as at a cookie's start; {@code reset()} at the start of
     * the stream, since the initial state is not always {@code (b'', 0)} (utf-16's is {@code (b'', 2)}).
     */
    private void decoderSetstate(Cookie cookie) {
        if (cookie.startPos == 0 && cookie.decFlags == 0) {
            decoder.reset();
        } else {
            decoder.setstate(Bytes.EMPTY, cookie.decFlags);
        }
    }

    private void encoderReset(boolean startOfStream) {
        if (startOfStream) {
            encoder.reset();
        } else {
            encoder.pastStart();
        }
    }

    /**
     * The number CPython's {@code tell()} answers for the same position as {@code cookie} (from {@link #tell()}).
     *
     * @param cookie a cookie from {@link #tell()}
     * @return CPython's number
     */
    public static java.math.BigInteger pythonCookie(long cookie) {
        return Cookie.python(cookie);
    }

    /**
     * {@code tell()}: the opaque cookie of the position reached, see {@link Cookie}.
     *
     * @return the cookie
     * @throws IOException if the position cannot be read
     */
    public synchronized long tell() throws IOException {
        checkClosed();
        long position = raw.tell();
        if (snapshotInput == null) {
            return position;
        }
        Cookie cookie = new Cookie(position - snapshotInput.length, snapshotFlags);
        if (decodedCharsUsed == 0) {
            return cookie.pack(); // not moved from the snapshot point
        }
        if (!stateInBytes) {
            throw new UnsupportedOperationException("tell() in the middle of decoded text of " + encoding
                    + ": the JDK decoder keeps its shift state out of reach");
        }
        int charsToSkip = decodedChars.codePointCount(0, decodedCharsUsed);
        byte[] savedBuffer = decoder.buffered();
        int savedFlags = decoder.flags();
        byte[] input = snapshotInput;
        try {
            // fast search for an acceptable start point, close to the current position
            int skipBytes = (int) Math.min(b2cratio * charsToSkip, input.length);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetstate(cookie);
                int charsDecoded = codePoints(decoder.decode(Arrays.copyOf(input, skipBytes), false));
                if (charsDecoded <= charsToSkip) {
                    int buffered = decoder.buffered().length;
                    if (buffered == 0) {
                        cookie.decFlags = decoder.flags(); // before the position, nothing held back: usable
                        charsToSkip -= charsDecoded;
                        break;
                    }
                    skipBytes -= buffered; // back by what is held back, and start the heuristic again
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack; // too far: back a bit more each time
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetstate(cookie);
            }
            cookie.startPos += skipBytes;
            cookie.charsToSkip = charsToSkip;
            if (charsToSkip == 0) {
                return cookie.pack();
            }
            // feed a byte at a time up to the target, noting the last point where nothing was held back
            int charsDecoded = 0;
            int i = skipBytes;
            for (; i < input.length; i++) {
                charsDecoded += codePoints(decoder.decode(new byte[] {input[i]}, false));
                cookie.bytesToFeed++;
                if (decoder.buffered().length == 0 && charsDecoded <= charsToSkip) {
                    cookie.startPos += cookie.bytesToFeed;
                    charsToSkip -= charsDecoded;
                    cookie.decFlags = decoder.flags();
                    cookie.bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            if (i == input.length) {
                charsDecoded += codePoints(decoder.decode(Bytes.EMPTY, true)); // not enough: the end gives more
                cookie.needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw new IOException("can't reconstruct logical file position");
                }
            }
            cookie.charsToSkip = charsToSkip;
            return cookie.pack();
        } finally {
            decoder.setstate(savedBuffer, savedFlags);
        }
    }

    /**
     * {@code seek(cookie, whence)}: {@code SEEK_SET} to a cookie from {@link #tell()} (or 0), {@code SEEK_CUR} and
     * {@code SEEK_END} only with 0. Returns the new cookie.
     *
     * @param cookie a cookie from {@link #tell()}, or 0
     * @param whence {@link #SEEK_SET}, {@link #SEEK_CUR} or {@link #SEEK_END}
     * @return the new cookie
     * @throws IOException if the file cannot seek
     */
    public synchronized long seek(long cookie, int whence) throws IOException {
        checkClosed();
        long target = cookie;
        if (whence == SEEK_CUR) {
            if (cookie != 0) {
                throw new IllegalArgumentException("can't do nonzero cur-relative seeks");
            }
            target = tell(); // and back to it: the bytes' position follows the text's again
        } else if (whence == SEEK_END) {
            if (cookie != 0) {
                throw new IllegalArgumentException("can't do nonzero end-relative seeks");
            }
            setDecodedChars(null);
            snapshotInput = null;
            decoder.reset();
            long end = raw.seekEnd();
            encoderReset(end == 0);
            return end;
        } else if (whence != SEEK_SET) {
            throw new IllegalArgumentException("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (!Cookie.valid(target)) {
            throw new IllegalArgumentException("negative seek position " + target);
        }
        Cookie c = Cookie.unpack(target);
        raw.seek(c.startPos);
        setDecodedChars(null);
        snapshotInput = null;
        decoderSetstate(c);
        if (c.charsToSkip > 0) {
            byte[] input = raw.read(c.bytesToFeed);
            snapshotFlags = c.decFlags;
            snapshotInput = input;
            setDecodedChars(decoder.decode(input, c.needEof));
            if (codePoints(decodedChars) < c.charsToSkip) {
                throw new IOException("can't restore logical file position");
            }
            decodedCharsUsed = advance(decodedChars, 0, c.charsToSkip);
        } else {
            snapshotFlags = c.decFlags;
            snapshotInput = Bytes.EMPTY;
        }
        encoderReset(c.startPos == 0 && c.decFlags == 0);
        return target;
    }

    /**
     * {@code truncate(size)}: of the bytes, at their position if {@code size} is null; returns the size.
     *
     * @param size the new size in bytes, or null
     * @return the size
     * @throws IOException if the file cannot be truncated
     */
    public synchronized long truncate(Long size) throws IOException {
        checkClosed();
        return raw.truncate(size);
    }
}
