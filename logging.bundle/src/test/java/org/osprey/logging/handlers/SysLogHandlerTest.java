package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.Logging;
import org.osprey.logging.handlers.SysLogHandler.SocketType;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * SysLogHandler against real receivers run by {@code python3}: what it receives from Osprey's handler equals what
 * it receives from CPython's {@code SysLogHandler} for the same records, over UDP, TCP, a Unix datagram socket (as
 * Linux's {@code /dev/log}; on a provider with Unix sockets) and a Unix stream socket.
 */
class SysLogHandlerTest {
    private static final String UNIX_RECEIVER = "CPython's receiver listens on an AF_UNIX socket, which CPython "
            + "on Windows lacks";

    /** Receives {@code count} messages (datagrams, or one connection each read to its end) and prints them in hex. */
    private static final String RECEIVER = """
            import os, socket, sys
            kind, where, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
            if kind == 'udp':
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                s.bind(('127.0.0.1', 0))
            elif kind == 'tcp':
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.bind(('127.0.0.1', 0))
                s.listen()
            elif kind == 'unixdgram':
                s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                s.bind(where)
            else:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.bind(where)
                s.listen()
            s.settimeout(20)
            print('ready', s.getsockname()[1] if kind in ('udp', 'tcp') else 0, flush=True)
            for _ in range(count):
                if kind in ('udp', 'unixdgram'):
                    data = s.recv(65536)
                else:
                    c, _ = s.accept()
                    c.settimeout(20)
                    data = b''
                    while chunk := c.recv(65536):
                        data += chunk
                    c.close()
                print(data.hex(), flush=True)
            """;

    /** CPython's handler sending the same records as {@link #sendAll}. */
    private static final String SENDER = """
            import logging, logging.handlers, socket, sys
            kind, where = sys.argv[1], sys.argv[2]
            if kind.startswith('unix'):
                h = logging.handlers.SysLogHandler(address=where, facility=logging.handlers.SysLogHandler.LOG_LOCAL3)
            else:
                h = logging.handlers.SysLogHandler(address=('127.0.0.1', int(where)),
                        facility=logging.handlers.SysLogHandler.LOG_LOCAL3,
                        socktype=socket.SOCK_STREAM if kind == 'tcp' else None)
            h.setFormatter(logging.Formatter('%(name)s[%(levelname)s]: %(message)s'))
            def send(level, msg, *args):
                h.handle(logging.LogRecord('app.db', level, 'x.py', 1, msg, args, None))
            h.ident = 'myapp: '
            send(40, 'h\\u00e9llo %s', 'world')
            send(27, 'custom level %d', 27)
            h.ident = ''
            h.append_nul = False
            send(10, 'no nul')
            h.close()
            """;

    @TempDir
    Path dir;

    private static void sendAll(SysLogHandler h) {
        h.setFormatter(new org.osprey.logging.Formatter("%(name)s[%(levelname)s]: %(message)s"));
        h.setIdent("myapp: ");
        send(h, Logging.ERROR, "h\u00e9llo %s", "world");
        send(h, 27, "custom level %d", 27);
        h.setIdent("");
        h.setAppendNul(false);
        send(h, Logging.DEBUG, "no nul");
        h.close();
    }

    private static void send(SysLogHandler h, int level, String msg, Object... args) {
        h.handle(new org.osprey.logging.LogRecord("app.db", level, "x.py", 1, msg, args, null, null, null));
    }

    /** A running receiver. */
    private static final class Receiver implements AutoCloseable {
        final Process process;
        final BufferedReader out;
        final String port;

        Receiver(String kind, String where, int count) throws IOException {
            process = new ProcessBuilder(Python.MODERN.executable(), "-c", RECEIVER, kind, where,
                    String.valueOf(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertTrue(ready != null && ready.startsWith("ready "), "receiver: " + ready);
            port = ready.substring(6);
        }

        List<String> received(int count) throws IOException {
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String hex = out.readLine();
                messages.add(hex == null ? null
                        : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8).replace("\0", "\\0"));
            }
            return messages;
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Level 27 has no name: another test of this JVM names 25, as {@code addLevelName} is per process. */
    private static final List<String> EXPECTED = List.of("<155>myapp: app.db[ERROR]: h\u00e9llo world\\0",
            "<156>myapp: app.db[Level 27]: custom level 27\\0", "<159>app.db[DEBUG]: no nul");

    /** Osprey's handler, then CPython's, send {@link #sendAll}'s records to one receiver of {@code kind}. */
    private void compare(String kind, HandlerFactory ours) throws Exception {
        Path socketPath = dir.resolve("log.sock");
        boolean datagrams = kind.equals("udp") || kind.equals("unixdgram");
        // a stream carries the three records of one handler, one after the other
        int perSender = datagrams ? 3 : 1;
        try (Receiver r = new Receiver(kind, socketPath.toString(), 2 * perSender)) {
            String where = kind.startsWith("unix") ? socketPath.toString() : r.port;
            sendAll(ours.create(where));
            List<String> fromOsprey = r.received(perSender);
            Python.MODERN.run(SENDER, kind, where);
            List<String> fromCPython = r.received(perSender);
            assertEquals(fromCPython, fromOsprey);
            assertEquals(datagrams ? EXPECTED : List.of(String.join("", EXPECTED)), fromOsprey);
        }
    }

    @FunctionalInterface
    private interface HandlerFactory {
        SysLogHandler create(String where) throws Exception;
    }

    @Test
    void udpIsCPythons() throws Exception {
        compare("udp", port -> new SysLogHandler(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)),
                SysLogHandler.LOG_LOCAL3, null));
    }

    @Test
    void tcpIsCPythons() throws Exception {
        compare("tcp", port -> new SysLogHandler(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)),
                SysLogHandler.LOG_LOCAL3, SocketType.SOCK_STREAM));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = UNIX_RECEIVER)
    void unixStreamSocketIsCPythons() throws Exception {
        compare("unix", path -> new SysLogHandler(path, SysLogHandler.LOG_LOCAL3, null));
    }

    @Test
    void udpSendsEachRecordAsADatagram() throws Exception {
        try (Receiver r = new Receiver("udp", "", 1)) {
            try (SysLogHandler h = new SysLogHandler(new InetSocketAddress("127.0.0.1", Integer.parseInt(r.port)),
                    SysLogHandler.LOG_USER, SocketType.SOCK_DGRAM)) {
                send(h, Logging.WARNING, "plain");
                assertEquals(SocketType.SOCK_DGRAM, h.socktype());
            }
            assertEquals(List.of("<12>plain\\0"), r.received(1));
        }
    }

    @Test
    void prioritiesAreCPythons() {
        String expected = Python.MODERN.run("""
                import logging.handlers as lh
                h = lh.SysLogHandler.__new__(lh.SysLogHandler)
                for f in sorted(h.facility_names):
                    for p in sorted(h.priority_names):
                        print(f, p, h.encodePriority(f, p))
                for level in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL', 'Level 5', 'NOTSET'):
                    print(level, h.mapPriority(level))
                """);
        StringBuilder actual = new StringBuilder();
        SysLogHandler h = new SysLogHandler(dir.resolve("none").toString());
        for (String f : SysLogHandler.FACILITY_NAMES.keySet().stream().sorted().toList()) {
            for (String p : SysLogHandler.PRIORITY_NAMES.keySet().stream().sorted().toList()) {
                actual.append(f).append(' ').append(p).append(' ').append(h.encodePriority(f, p)).append('\n');
            }
        }
        for (String level : List.of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "Level 5", "NOTSET")) {
            actual.append(level).append(' ').append(h.mapPriority(level)).append('\n');
        }
        assertEquals(expected, actual.toString());
        assertEquals(SysLogHandler.LOG_LOCAL7 << 3 | SysLogHandler.LOG_EMERG,
                h.encodePriority(SysLogHandler.LOG_LOCAL7, SysLogHandler.LOG_EMERG));
        assertThrows(NoSuchElementException.class, () -> h.encodePriority("nosuch", "info"));
        h.close();
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = UNIX_RECEIVER)
    void aUnixSocketNotListeningYetIsTriedAgainWithTheNextRecord() throws Exception {
        Path path = dir.resolve("late.sock");
        List<Throwable> errors = new ArrayList<>();
        SysLogHandler h = new SysLogHandler(path.toString(), SysLogHandler.LOG_USER, null) {
            @Override
            public void handleError(org.osprey.logging.LogRecord record, Throwable error) {
                errors.add(error);
            }
        };
        send(h, Logging.INFO, "nobody listens");
        assertEquals(1, errors.size(), "to handleError, not to the caller");
        try (Receiver r = new Receiver("unix", path.toString(), 1)) {
            send(h, Logging.INFO, "now");
            h.close();
            assertEquals(List.of("<14>now\\0"), r.received(1));
        }
        assertEquals(SocketType.SOCK_STREAM, h.socktype());
    }

    /** Whether the running provider connects Unix sockets (the POSIX one does, the JDK's does not). */
    private static boolean unixSockets() {
        try {
            Os.get().SOCK_DGRAM();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = UNIX_RECEIVER)
    void unixDatagramSocketIsCPythons() throws Exception {
        assumeTrue(unixSockets(), "the provider has no Unix sockets");
        compare("unixdgram", path -> {
            SysLogHandler h = new SysLogHandler(path, SysLogHandler.LOG_LOCAL3, null);
            assertEquals(SocketType.SOCK_DGRAM, h.socktype(), "a datagram socket first, as Python's");
            return h;
        });
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = UNIX_RECEIVER)
    void aStreamListenerIsReachedAfterTheDatagramTry() throws Exception {
        Path path = dir.resolve("stream.sock");
        try (Receiver r = new Receiver("unix", path.toString(), 1)) {
            var before = OpenFds.sockets();
            try (SysLogHandler h = new SysLogHandler(path.toString())) {
                assertEquals(SocketType.SOCK_STREAM, h.socktype());
                send(h, Logging.WARNING, "fell back");
            }
            assertEquals(List.of("<12>fell back\\0"), r.received(1));
            assertEquals(Set.of(), OpenFds.socketsOpenedSince(before),
                    "the datagram try and the stream are closed");
        }
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = UNIX_RECEIVER)
    void aDatagramSocketRestartedIsReconnected() throws Exception {
        assumeTrue(unixSockets(), "the provider has no Unix sockets");
        Path path = dir.resolve("dgram.sock");
        List<Throwable> errors = new ArrayList<>();
        SysLogHandler h;
        try (Receiver r = new Receiver("unixdgram", path.toString(), 1)) {
            h = new SysLogHandler(path.toString(), SysLogHandler.LOG_USER, SocketType.SOCK_DGRAM) {
                @Override
                public void handleError(org.osprey.logging.LogRecord record, Throwable error) {
                    errors.add(error);
                }
            };
            send(h, Logging.INFO, "first");
            assertEquals(List.of("<14>first\\0"), r.received(1));
        }
        java.nio.file.Files.delete(path); // the daemon restarts: a new socket at the same path
        try (Receiver r = new Receiver("unixdgram", path.toString(), 1)) {
            send(h, Logging.INFO, "second");
            h.close();
            assertEquals(List.of("<14>second\\0"), r.received(1));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void noSuchSocketGoesToHandleError() {
        List<Throwable> errors = new ArrayList<>();
        SysLogHandler h = new SysLogHandler(dir.resolve("none").toString(), SysLogHandler.LOG_USER, null) {
            @Override
            public void handleError(org.osprey.logging.LogRecord record, Throwable error) {
                errors.add(error);
            }
        };
        var before = OpenFds.sockets();
        send(h, Logging.INFO, "lost");
        h.close();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0) instanceof java.io.IOException, errors.get(0).toString());
        assertEquals(Set.of(), OpenFds.socketsOpenedSince(before),
                "no socket left by the failed tries");
    }

    @Test
    void unixDatagramsNeedAProviderWithUnixSockets() throws Exception {
        assumeFalse(unixSockets(), "the provider has Unix sockets");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new SysLogHandler(dir.resolve("x").toString(), SysLogHandler.LOG_USER, SocketType.SOCK_DGRAM));
        assertTrue(e.getMessage().contains("UnixSockets"), e.getMessage());
    }
}
