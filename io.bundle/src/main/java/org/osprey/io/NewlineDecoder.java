package org.osprey.io;

import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Python's {@code io.IncrementalNewlineDecoder}, which universal newlines read through: it holds back a
 * {@code \r} at the end of a piece (so that {@code \r\n} is never split), records which line endings it has seen
 * ({@code newlines}) and, when translating, turns {@code \r\n} and {@code \r} into {@code \n}. Its state adds the
 * held-back {@code \r} as the lowest bit of the flags.
 */
final class NewlineDecoder implements IncrementalDecoder {
    private static final int SEEN_LF = 1;
    private static final int SEEN_CR = 2;
    private static final int SEEN_CRLF = 4;
    private static final List<List<String>> NEWLINES = List.of(List.of(), List.of("\n"), List.of("\r"),
            List.of("\r", "\n"), List.of("\r\n"), List.of("\n", "\r\n"), List.of("\r", "\r\n"),
            List.of("\r", "\n", "\r\n"));

    private final IncrementalDecoder decoder;
    private final boolean translate;
    private boolean pendingCr;
    private int seen;

    NewlineDecoder(IncrementalDecoder decoder, boolean translate) {
        this.decoder = decoder;
        this.translate = translate;
    }

    @Override
    public String decode(byte[] input, boolean fin) throws CharacterCodingException {
        String output = decoder.decode(input, fin);
        if (pendingCr && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingCr = false;
        }
        // keep a last \r back even when not translating: then readline() gets \r\n in one piece
        if (!fin && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCr = true;
        }
        int crlf = count(output, "\r\n");
        int cr = count(output, "\r") - crlf;
        int lf = count(output, "\n") - crlf;
        seen |= (lf > 0 ? SEEN_LF : 0) | (cr > 0 ? SEEN_CR : 0) | (crlf > 0 ? SEEN_CRLF : 0);
        if (translate && (cr > 0 || crlf > 0)) {
            output = output.replace("\r\n", "\n").replace('\r', '\n');
        }
        return output;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** Python's {@code newlines}: the endings seen, in the order {@code \r}, {@code \n}, {@code \r\n}. */
    List<String> newlines() {
        return NEWLINES.get(seen);
    }

    @Override
    public byte[] buffered() {
        return decoder.buffered();
    }

    @Override
    public int flags() {
        return decoder.flags() << 1 | (pendingCr ? 1 : 0);
    }

    @Override
    public void setstate(byte[] buffered, int flags) {
        pendingCr = (flags & 1) != 0;
        decoder.setstate(buffered, flags >> 1);
    }

    @Override
    public void reset() {
        seen = 0;
        pendingCr = false;
        decoder.reset();
    }
}
