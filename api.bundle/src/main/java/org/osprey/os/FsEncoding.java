package org.osprey.os;

/**
 * The file system encoding of a platform, Python's {@code sys.getfilesystemencoding()} with
 * {@code sys.getfilesystemencodeerrors()}: how {@code os.fsencode}/{@code os.fsdecode} turn names into bytes and back.
 * Each {@link Platform} names its own, and {@link Os#fsencode}/{@link Os#fsdecode} use the running one's.
 */
public enum FsEncoding {
    /**
     * POSIX: UTF-8 with {@code surrogateescape} (PEP 383), whatever the locale: every byte string decodes, an
     * undecodable byte to a lone surrogate {@code U+DC80..U+DCFF} that encodes back to it ({@link FsCodec}).
     */
    POSIX("surrogateescape") {
        @Override
        public byte[] encode(String name) {
            return FsCodec.encode(name);
        }

        @Override
        public String decode(byte[] name) {
            return FsCodec.decode(name);
        }
    },
    /**
     * Windows: UTF-8 with {@code surrogatepass} (PEP 529), since its names are UTF-16 that may hold a lone surrogate:
     * one is written as the three bytes UTF-8 gives its code point; bytes that are not UTF-8 do not decode.
     */
    WINDOWS("surrogatepass") {
        @Override
        public byte[] encode(String name) {
            return SurrogatePass.encode(name);
        }

        @Override
        public String decode(byte[] name) {
            return SurrogatePass.decode(name);
        }
    };

    private final String errors;

    // constant bodies rather than method references: this enum loads on every process's first Os.get()
    FsEncoding(String errors) {
        this.errors = errors;
    }

    /**
     * {@code sys.getfilesystemencoding()}.
     *
     * @return the encoding's Python name ({@code "utf-8"})
     */
    public String encoding() {
        return "utf-8";
    }

    /**
     * {@code sys.getfilesystemencodeerrors()}.
     *
     * @return the error handler's Python name ({@code "surrogateescape"} on POSIX)
     */
    public String errors() {
        return errors;
    }

    /**
     * {@code os.fsencode}.
     *
     * @param name a file name
     * @return its bytes
     * @throws UnicodeEncodeException for a name the encoding cannot write (POSIX: a lone surrogate that stands for
     *                                no byte)
     */
    public abstract byte[] encode(String name);

    /**
     * {@code os.fsdecode}.
     *
     * @param name a file name as bytes
     * @return the name as a string
     * @throws UnicodeDecodeException for bytes the encoding cannot read (Windows: bytes that are not UTF-8)
     */
    public abstract String decode(byte[] name);
}
