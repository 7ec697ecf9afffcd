package org.osprey.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.ConnectionRefusedOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.posix.abi.UnixSocketLayout;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * {@code os.connectUnixSocket} against sockets {@code python3} binds: what a datagram socket receives, and each
 * error as CPython's {@code socket.connect} reports it for the same path, with no descriptor left behind.
 */
class UnixSocketTest {
    /** Binds {@code kind} at {@code path} ('dgram' prints each datagram in hex; 'stream' listens; 'stale' exits). */
    private static final String SERVER = """
            import socket, sys
            kind, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
            s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM if kind == 'dgram' else socket.SOCK_STREAM)
            s.bind(path)
            if kind == 'stream':
                s.listen()
            print('ready', flush=True)
            s.settimeout(20)
            for _ in range(count):
                print(s.recv(65536).hex() if kind == 'dgram' else s.accept()[0].recv(1).hex(), flush=True)
            """;

    /** What CPython's {@code socket.connect} raises for a socket of {@code type} connecting to {@code path}. */
    private static final String CPYTHON_CONNECT = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX, getattr(socket, sys.argv[1]))
            try:
                s.connect(sys.argv[2])
                print('connected')
            except OSError as e:
                print(type(e).__name__, e.errno, e.strerror if e.errno else e.args[0])
            """;

    private final Os os = Os.of(new PosixProvider());

    @TempDir
    Path dir;

    private static final class Server implements AutoCloseable {
        final Process process;
        final BufferedReader out;

        Server(String kind, Path path, int count) throws IOException {
            process = new ProcessBuilder(Python.MODERN.executable(), "-c", SERVER, kind, path.toString(),
                    String.valueOf(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
            assertEquals("ready", out.readLine());
        }

        String next() throws IOException {
            String hex = out.readLine();
            return hex == null ? null : new String(java.util.HexFormat.of().parseHex(hex), UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Ours as CPython's line: the class's Python name, errno and strerror (or the message where no errno). */
    private String ours(String type, String path) {
        try {
            int fd = os.connectUnixSocket(path, type.equals("SOCK_DGRAM") ? os.SOCK_DGRAM() : os.SOCK_STREAM());
            os.close(fd);
            return "connected";
        } catch (OsException e) {
            String name = switch (e.getClass().getSimpleName()) {
                case "FileNotFoundOsException" -> "FileNotFoundError";
                case "ConnectionRefusedOsException" -> "ConnectionRefusedError";
                default -> "OSError";
            };
            return e.hasErrno() ? name + " " + e.errno() + " " + e.strerror() : name + " None " + e.getMessage();
        }
    }

    private void sameAsCPython(String type, String path) {
        assertEquals(Python.MODERN.run(CPYTHON_CONNECT, type, path).strip(), ours(type, path), type + " " + path);
    }

    @Test
    void eachWriteIsOneDatagram() throws Exception {
        Path path = dir.resolve("d.sock");
        try (Server server = new Server("dgram", path, 2)) {
            int fd = os.connectUnixSocket(path.toString(), os.SOCK_DGRAM());
            try {
                assertFalse(os.getInheritable(fd), "close-on-exec, as every Osprey descriptor");
                assertEquals(5, os.write(fd, "hello".getBytes(UTF_8)));
                os.write(fd, "h\u00e9 two".getBytes(UTF_8));
            } finally {
                os.close(fd);
            }
            assertEquals("hello", server.next());
            assertEquals("h\u00e9 two", server.next());
        }
    }

    @Test
    void aStreamSocketConnects() throws Exception {
        Path path = dir.resolve("s.sock");
        try (Server server = new Server("stream", path, 1)) {
            int fd = os.connectUnixSocket(path.toString(), os.SOCK_STREAM());
            try {
                os.write(fd, new byte[] {'x'});
            } finally {
                os.close(fd);
            }
            assertEquals("x", server.next());
        }
    }

    @Test
    void errorsAreCPythonsWithThePath() throws Exception {
        var before = OpenFds.sockets();
        String missing = dir.resolve("missing").toString();
        sameAsCPython("SOCK_DGRAM", missing);
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class,
                () -> os.connectUnixSocket(missing, os.SOCK_DGRAM()));
        assertEquals(missing, e.filename());

        Path stream = dir.resolve("s.sock");
        try (Server server = new Server("stream", stream, 0)) {
            sameAsCPython("SOCK_DGRAM", stream.toString()); // EPROTOTYPE: the socket is of the other type
            OsException wrongType = assertThrows(OsException.class,
                    () -> os.connectUnixSocket(stream.toString(), os.SOCK_DGRAM()));
            assertEquals(stream.toString(), wrongType.filename());
        }
        Path stale = dir.resolve("stale.sock"); // bound by a process that is gone: nobody listens
        new Server("stale", stale, 0).close();
        sameAsCPython("SOCK_STREAM", stale.toString());
        assertInstanceOf(ConnectionRefusedOsException.class, assertThrows(OsException.class,
                () -> os.connectUnixSocket(stale.toString(), os.SOCK_STREAM())));
        assertEquals(Set.of(), OpenFds.socketsOpenedSince(before),
                "each failed socket is closed");
    }

    @Test
    void pathsPastSunPathAreTooLongAsInCPython() {
        int max = NativeDoor.system().variant().unixSockets().maxPathBytes();
        String base = dir.toString() + "/";
        for (int length : List.of(max - 1, max, max + 1, 200)) {
            String path = base + "p".repeat(length - base.length());
            sameAsCPython("SOCK_DGRAM", path);
        }
        String nonAscii = base + "\u00e9".repeat((max - base.length()) / 2 + 1); // two bytes a char
        sameAsCPython("SOCK_DGRAM", nonAscii);
        OsException e = assertThrows(OsException.class, () -> os.connectUnixSocket(nonAscii, os.SOCK_DGRAM()));
        assertFalse(e.hasErrno());
        assertEquals("AF_UNIX path too long", e.getMessage());
    }

    @Test
    void aNulIsRefusedBeforeAnyCall() {
        assertThrows(IllegalArgumentException.class, () -> os.connectUnixSocket("a\0b", os.SOCK_DGRAM()));
    }

    @Test
    void constantsArePythons() {
        assertEquals(Python.MODERN.run("import socket; print(socket.SOCK_STREAM.value, socket.SOCK_DGRAM.value)")
                .strip(), os.SOCK_STREAM() + " " + os.SOCK_DGRAM());
    }

    /** The Darwin numbers, which no test here can connect with, against jnr-constants' tables made on macOS. */
    @Test
    void darwinNumbersAreMacOss() {
        UnixSocketLayout darwin = UnixSocketLayout.DARWIN;
        assertEquals(jnr.constants.platform.darwin.Sock.SOCK_STREAM.intValue(), darwin.sockStream());
        assertEquals(jnr.constants.platform.darwin.Sock.SOCK_DGRAM.intValue(), darwin.sockDgram());
        assertEquals(jnr.constants.platform.darwin.AddressFamily.AF_UNIX.intValue(), darwin.afUnix());
        UnixSocketLayout linux = UnixSocketLayout.LINUX;
        assertEquals(jnr.constants.platform.linux.Sock.SOCK_STREAM.intValue(), linux.sockStream());
        assertEquals(jnr.constants.platform.linux.Sock.SOCK_DGRAM.intValue(), linux.sockDgram());
        assertEquals(jnr.constants.platform.linux.AddressFamily.AF_UNIX.intValue(), linux.afUnix());
        assertTrue(darwin.hasLen() && darwin.pathSize() == 104 && !linux.hasLen() && linux.pathSize() == 108);
    }
}
