package org.osprey.os;

import java.util.function.Function;

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
    POSIX("surrogateescape", FsCodec::encode, FsCodec::decode),
    /**
     * Windows: UTF-8 with {@code surrogatepass} (PEP 529), since its names are UTF-16 that may hold a lone surrogate:
     * one is written as the three bytes UTF-8 gives its code point; bytes that are not UTF-8 do not decode.
     */
    WINDOWS("surrogatepass", SurrogatePass::encode, SurrogatePass::decode);

    private final String errors;
    private final Function<String, byte[]> encoder;
    private final Function<byte[], String> decoder;

    FsEncoding(String errors, Function<String, byte[]> encoder, Function<byte[], String> decoder) {
        this.errors = errors;
        this.encoder = encoder;
        this.decoder = decoder;
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
    public byte[] encode(String name) {
        return encoder.apply(name);
    }

    /**
     * {@code os.fsdecode}.
     *
     * @param name a file name as bytes
     * @return the name as a string
     * @throws UnicodeDecodeException for bytes the encoding cannot read (Windows: bytes that are not UTF-8)
     */
    public String decode(byte[] name) {
        return decoder.apply(name);
    }
}
