package org.osprey.tempfile;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channel;
import java.util.List;

/**
 * Python's text file object ({@code io.TextIOWrapper}) as {@code tempfile.TemporaryFile('w+', ...)} returns it:
 * {@link String}s in and out, encoded and decoded as {@link TextOptions} says, with CPython 3.13's results for
 * reads, writes, {@link #tell()}, {@link #seek(long)}, {@link #truncate()} and {@link #newlines()}. Lengths are
 * counted in code points, as Python's {@code str}. Writes are not buffered (Python's {@code write_through=True}):
 * the bytes are in the file when {@link #write} returns. Reads go through the file 8192 bytes at a time, as
 * CPython's, so the descriptor's position is past the text read, and a write after a read lands there (as in
 * CPython); {@code seek(0, SEEK_CUR)} brings the bytes back to the text's position. Undecodable input and
 * unencodable text are Python's {@code UnicodeError} with {@code errors='strict'}: here the JDK's
 * {@link java.nio.charset.CharacterCodingException}s. A closed file throws
 * {@link java.nio.channels.ClosedChannelException}. Thread-safe. As in CPython, a file collected by the garbage
 * collector while still open is closed then, with the warning
 * {@code unclosed file <_io.TextIOWrapper name=N mode='w+' encoding='...'>}.
 */
public interface TemporaryTextFile extends Channel {
    /** {@code io.SEEK_SET}. */
    int SEEK_SET = 0;
    /** {@code io.SEEK_CUR}. */
    int SEEK_CUR = 1;
    /** {@code io.SEEK_END}. */
    int SEEK_END = 2;

    /**
     * {@code read()}: to the end of the file.
     *
     * @return the text
     * @throws IOException if reading or decoding fails
     */
    String read() throws IOException;

    /**
     * {@code read(size)}: at most {@code size} code points (all if negative); empty at the end.
     *
     * @param size the number of code points at most
     * @return the text
     * @throws IOException if reading or decoding fails
     */
    String read(int size) throws IOException;

    /**
     * {@code readline()}: the next line with its ending; empty at the end.
     *
     * @return the line
     * @throws IOException if reading or decoding fails
     */
    String readline() throws IOException;

    /**
     * {@code readline(size)}: at most {@code size} code points of it (no limit if negative).
     *
     * @param size the number of code points at most
     * @return the line, or its start
     * @throws IOException if reading or decoding fails
     */
    String readline(int size) throws IOException;

    /**
     * {@code readlines()}: the lines to the end.
     *
     * @return the lines
     * @throws IOException if reading or decoding fails
     */
    List<String> readlines() throws IOException;

    /**
     * {@code readlines(hint)}: lines until they hold {@code hint} code points or more (all if {@code hint <= 0}).
     * Unlike CPython, {@link #tell()} keeps working afterwards.
     *
     * @param hint the code points after which to stop
     * @return the lines
     * @throws IOException if reading or decoding fails
     */
    List<String> readlines(int hint) throws IOException;

    /**
     * {@code write(s)}: returns the number of code points written.
     *
     * @param s the text
     * @return the number of code points
     * @throws IOException if encoding or writing fails
     */
    int write(String s) throws IOException;

    /**
     * {@code writelines(lines)}: writes each, adding no line endings.
     *
     * @param lines the texts
     * @throws IOException if encoding or writing fails
     */
    void writelines(Iterable<String> lines) throws IOException;

    /**
     * {@code tell()}: an opaque cookie for {@link #seek(long)}. It is CPython's number whenever that is a byte offset
     * (the decoder at rest there, the usual case); where CPython's cookie also carries decoder state it is a
     * negative {@code long} holding the same fields.
     *
     * @return the cookie
     * @throws IOException if the position cannot be read
     */
    long tell() throws IOException;

    /**
     * {@code seek(cookie)}: to a cookie from {@link #tell()}, or 0; returns it.
     *
     * @param cookie a cookie from {@link #tell()}, or 0
     * @return the cookie
     * @throws IOException if the file cannot seek
     */
    long seek(long cookie) throws IOException;

    /**
     * {@code seek(cookie, whence)}: {@link #SEEK_CUR} and {@link #SEEK_END} only with 0 (anything else is Python's
     * {@code UnsupportedOperation}/{@code ValueError}: an {@link IllegalArgumentException}).
     *
     * @param cookie a cookie from {@link #tell()}, or 0
     * @param whence {@link #SEEK_SET}, {@link #SEEK_CUR} or {@link #SEEK_END}
     * @return the new cookie
     * @throws IOException if the file cannot seek
     */
    long seek(long cookie, int whence) throws IOException;

    /**
     * {@code truncate()}: cuts the file at the descriptor's position (past the text read), which stays.
     *
     * @return the new size
     * @throws IOException if the file cannot be truncated
     */
    long truncate() throws IOException;

    /**
     * {@code truncate(size)}: resizes the file to {@code size} bytes (a file on disk grows, as in Python).
     *
     * @param size the new size in bytes
     * @return the new size
     * @throws IOException if the file cannot be truncated
     */
    long truncate(long size) throws IOException;

    /**
     * {@code flush()}: nothing to write out (writes are not buffered); fails on a closed file, as in Python.
     *
     * @throws IOException if the file is closed
     */
    void flush() throws IOException;

    /**
     * {@code fileno()}: the descriptor, owned by this object.
     *
     * @return the descriptor
     * @throws IOException if the file is closed
     */
    int fileno() throws IOException;

    /**
     * {@code encoding}: as given, or the locale's encoding by name ({@code "UTF-8"}) when none was.
     *
     * @return the encoding's name
     */
    String encoding();

    /**
     * {@code errors}: the error handler's name, {@code "strict"} when none was given.
     *
     * @return the handler's name
     */
    String errors();

    /**
     * {@code newlines}: the line endings read so far with universal newlines ({@code newline} null or empty), in
     * Python's order {@code "\r"}, {@code "\n"}, {@code "\r\n"}; empty for Python's {@code None}.
     *
     * @return the endings
     */
    List<String> newlines();

    /**
     * A {@link Reader} reading through this file at its position; closing it closes the file.
     *
     * @return the reader
     */
    Reader reader();

    /**
     * A {@link Writer} writing through this file; a surrogate pair split between two of its writes is joined,
     * and closing it closes the file.
     *
     * @return the writer
     */
    Writer writer();

    /** {@code close()}: closes the descriptor, once. */
    @Override
    void close() throws IOException;
}
