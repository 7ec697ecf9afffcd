package org.osprey.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A text encoding as Python names it ({@code encoding=}), served by a JDK charset or, for CPython's own
 * byte-order-mark codecs ({@code utf-8-sig}, {@code utf-16}, {@code utf-32}), by this package. Names are looked up
 * as CPython's {@code codecs.lookup} does, through CPython's aliases ({@code python-codecs.txt}, written by
 * {@code src/test/python/python_codecs.py}); a name CPython does not know may still be a JDK charset name.
 */
public final class Codec {
    private static final Map<String, Codec> PYTHON = load();

    private final String name;
    private final Charset charset; // null for the byte-order-mark codecs
    private final boolean exact;
    private final boolean stateInBytes;

    private Codec(String name, Charset charset, boolean exact, boolean stateInBytes) {
        this.name = name;
        this.charset = charset;
        this.exact = exact;
        this.stateInBytes = stateInBytes;
    }

    private static Map<String, Codec> load() {
        Map<String, Codec> byName = new HashMap<>();
        Map<String, Codec> byPythonName = new HashMap<>();
        try (InputStream in = Codec.class.getResourceAsStream("python-codecs.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                Codec codec = byPythonName.computeIfAbsent(f[1], python -> {
                    Charset cs = f[2].equals("-") ? null : Charset.forName(f[2]);
                    // the ISO-2022 charsets shift between states inside the JDK decoder, out of getstate()'s sight
                    return new Codec(python, cs, f[3].equals("exact"), cs == null || !python.startsWith("iso2022"));
                });
                byName.put(f[0], codec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byName);
    }

    /**
     * The codec Python's {@code codecs.lookup(encoding)} finds, or the JDK charset of that name.
     *
     * @param encoding the encoding's name
     * @return the codec
     * @throws NoSuchElementException if neither knows it (Python's {@code LookupError})
     */
    public static Codec lookup(String encoding) {
        String normalized = normalize(encoding.toLowerCase(Locale.ROOT));
        Codec codec = PYTHON.get(normalized);
        if (codec == null) {
            codec = PYTHON.get(normalized.replace('.', '_'));
        }
        if (codec != null) {
            return codec;
        }
        try {
            Charset cs = Charset.forName(encoding);
            return new Codec(cs.name(), cs, false, cs.newEncoder().maxBytesPerChar() <= 1);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("unknown encoding: " + encoding);
        }
    }

    /** {@code encodings.normalize_encoding}: runs of anything but ASCII letters, digits and dots become one '_'. */
    private static String normalize(String encoding) {
        StringBuilder out = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && out.length() > 0) {
                    out.append('_');
                }
                if (c < 0x80) {
                    out.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        return out.toString();
    }

    /**
     * The encoding Python 3.13 uses when none is given ({@code locale.getencoding()}): the locale's, which the JVM
     * read at start-up as {@code native.encoding}, except that in the C and POSIX locales (ASCII) Python runs in
     * its UTF-8 mode and answers {@code utf-8}.
     *
     * @return the encoding's name
     */
    public static String localeEncoding() {
        String nativeEncoding = System.getProperty("native.encoding", "UTF-8");
        return Charset.isSupported(nativeEncoding) && Charset.forName(nativeEncoding).equals(StandardCharsets.US_ASCII)
                ? "utf-8" : nativeEncoding;
    }

    /**
     * CPython's name of the codec ({@code codecs.lookup(...).name}), or the JDK charset's.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether the JDK charset has CPython's table (else the JDK's may differ in a few characters).
     *
     * @return whether it is exact
     */
    public boolean exact() {
        return exact;
    }

    /** Whether the decoder's whole state is in {@link IncrementalDecoder#buffered()} and its flags. */
    boolean stateInBytes() {
        return stateInBytes;
    }

    IncrementalDecoder newDecoder(ErrorHandler errors) {
        if (charset != null) {
            return charset.name().startsWith("UTF-32") ? new Utf32Decoding(charset.name().endsWith("BE"), errors)
                    : new CharsetDecoding(charset, errors);
        }
        switch (name) {
            case "utf-8-sig":
                return new Utf8SigDecoding(errors);
            case "utf-16":
                return BomDetectingDecoding.utf16(errors);
            default:
                return BomDetectingDecoding.utf32(errors);
        }
    }

    IncrementalEncoder newEncoder(ErrorHandler errors) {
        if (charset != null) {
            return new CharsetEncoding(charset, errors);
        }
        switch (name) {
            case "utf-8-sig":
                return BomEncoding.utf8Sig(errors);
            case "utf-16":
                return BomEncoding.utf16(errors);
            default:
                return BomEncoding.utf32(errors);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
