package org.osprey.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text over byte streams that cannot seek (pipes, sockets), as Python's {@code TextIOWrapper} reads and writes
 * them: an encoding by Python's names, an {@code errors} handler, and newline translation.
 *
 * @param encoding a name {@link Codec#lookup} knows; null or {@code "locale"}: {@link Codec#localeEncoding()}
 * @param errors   the handler's Python name; null is {@code strict}
 * @param newline  Python's {@code newline}: null (universal newlines read as {@code \n}, {@code \n} written as
 *                 {@code linesep}), {@code ""} (universal, nothing translated), {@code "\n"}, {@code "\r"} or
 *                 {@code "\r\n"}
 */
public record TextStreams(String encoding, String errors, String newline) {
    /** Python's defaults: the locale's encoding, {@code strict}, universal newlines. */
    public static final TextStreams DEFAULT = new TextStreams(null, null, null);

    /**
     * The settings, checked at once: an unknown encoding or error handler, or a bad newline, fails here; a null or
     * {@code "locale"} encoding is the locale's.
     *
     * @param encoding a name {@link Codec#lookup} knows; null or {@code "locale"}: {@link Codec#localeEncoding()}
     * @param errors the handler's Python name; null is {@code strict}
     * @param newline Python's {@code newline}: null (universal newlines read as {@code \n}, {@code \n} written as
     *         {@code linesep}), {@code ""} (universal, nothing translated), {@code "\n"}, {@code "\r"} or
     *         {@code "\r\n"}
     */
    public TextStreams {
        TextIO.checkNewline(newline);
        encoding = encoding == null || encoding.equals("locale") ? Codec.localeEncoding() : encoding;
        Codec.lookup(encoding); // LookupError now, not at the first read
        ErrorHandler.of(errors);
    }

    private IncrementalDecoder decoder() {
        IncrementalDecoder bytes = Codec.lookup(encoding).newDecoder(ErrorHandler.of(errors));
        return newline == null || newline.isEmpty() ? new NewlineDecoder(bytes, newline == null) : bytes;
    }

    /**
     * All of {@code data} as text, as {@code subprocess} decodes what {@code communicate} read: decoded, then
     * {@code \r\n} and {@code \r} turned into {@code \n} (where {@code newline} is null).
     *
     * @param data the bytes
     * @return the text
     * @throws java.nio.charset.CharacterCodingException Python's {@code UnicodeDecodeError}, under {@code strict}
     */
    public String decode(byte[] data) throws IOException {
        return decoder().decode(data, true);
    }

    /**
     * {@code text} encoded, each {@code \n} written as {@code linesep} where {@code newline} is null.
     *
     * @param text the text
     * @param linesep {@code os.linesep}
     * @return the bytes
     * @throws IOException Python's {@code UnicodeEncodeError}, under {@code strict}
     */
    public byte[] encode(String text, String linesep) throws IOException {
        IncrementalEncoder encoder = Codec.lookup(encoding).newEncoder(ErrorHandler.of(errors));
        return encoder.encode(translateOut(text, linesep));
    }

    private String translateOut(String text, String linesep) {
        String nl = newline == null ? linesep : newline;
        return nl.isEmpty() || nl.equals("\n") ? text : text.replace("\n", nl);
    }

    /**
     * A reader decoding {@code in} as it arrives; closing it closes {@code in}.
     *
     * @param in the bytes
     * @return the reader
     */
    public Reader reader(InputStream in) {
        return new DecodingReader(Objects.requireNonNull(in), decoder());
    }

    /**
     * A writer encoding each write straight into {@code out} (Python's {@code write_through=True}, what
     * {@code Popen.stdin} is); closing it closes {@code out}.
     *
     * @param out where the bytes go
     * @param linesep {@code os.linesep}
     * @return the writer
     */
    public Writer writer(OutputStream out, String linesep) {
        IncrementalEncoder encoder = Codec.lookup(encoding).newEncoder(ErrorHandler.of(errors));
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                // a surrogate pair split between two writes is the caller's to avoid, as with Python's str
                out.write(encoder.encode(translateOut(new String(buffer, offset, length), linesep)));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                // the text as it is, not copied through Writer's char buffer into a new String; under the lock
                // Writer's own write(String) takes, which keeps the encoder to one thread at a time
                Objects.checkFromIndexSize(offset, length, text.length());
                String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
                synchronized (lock) {
                    out.write(encoder.encode(translateOut(part, linesep)));
                }
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Decodes 8 KiB at a time (CPython's chunk), keeping what does not fit the caller's buffer. */
    private static final class DecodingReader extends Reader {
        private final InputStream in;
        private final IncrementalDecoder decoder;
        private final byte[] chunk = new byte[8192];
        private String pending = "";
        private int used;
        private boolean eof;

        DecodingReader(InputStream in, IncrementalDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            synchronized (lock) {
                Objects.checkFromIndexSize(offset, length, buffer.length);
                if (length == 0) {
                    return 0;
                }
                while (used == pending.length()) {
                    if (eof) {
                        return -1;
                    }
                    int n = in.read(chunk);
                    eof = n < 0;
                    pending = decoder.decode(eof ? new byte[0] : Arrays.copyOf(chunk, n), eof);
                    used = 0;
                }
                int n = Math.min(length, pending.length() - used);
                pending.getChars(used, used + n, buffer, offset);
                used += n;
                return n;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
