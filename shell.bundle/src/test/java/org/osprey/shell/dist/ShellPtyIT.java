package org.osprey.shell.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pty;
import org.osprey.os.SpawnAction;
import org.osprey.os.SpawnOptions;
import org.osprey.os.WaitResult;

/**
 * The jar's interactive shell on a real terminal, driven as a person drives it: through a pseudo-terminal that
 * Osprey itself opens ({@code os.openpty}), with the shell started by {@code os.posix_spawn} in a new session whose
 * controlling terminal is the pty (opening it as a session leader, as {@code login_tty} does). The test types at
 * the prompt and reads the screen: a table, Python's error line alone (no stack trace), Ctrl-C at the prompt saying
 * KeyboardInterrupt and prompting again, and Ctrl-D ending it with 0.
 */
class ShellPtyIT {
    private static final Path JAR = Path.of(System.getProperty("osprey.shell.jar", "target/osprey-shell.jar"));
    private static final long WAIT_S = 60;
    private static final char CTRL_D = 4;
    private static final char CTRL_C = 3;

    @TempDir
    Path dir;

    @Test
    void typingAtThePromptShowsTablesAndErrorsAndCtrlDEndsTheShell() throws Exception {
        Os os = Os.get();
        Pty pty = openpty(os);
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Files.createDirectory(dir.resolve("sub"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long pid;
        try {
            String tty = os.ttyname(pty.slave());
            // a new session, then the terminal opened as fd 0: a session leader's first tty becomes its controlling one
            SpawnOptions options = SpawnOptions.defaults().withSetsid(true).withFileActions(
                    SpawnAction.open(0, tty, os.O_RDWR(), 0), SpawnAction.dup2(0, 1), SpawnAction.dup2(0, 2));
            pid = os.posixSpawn(java, List.of(java, "-jar", JAR.toAbsolutePath().toString()),
                    Map.of("PATH", System.getenv("PATH"), "TERM", "dumb", "HOME", dir.toString()), options);
        } finally {
            os.close(pty.slave()); // the child has its own: the master reads EIO once the child's are gone
        }
        Screen screen = new Screen(os, pty.master());
        boolean ended = false;
        try {
            screen.await("g! ");
            screen.type("os:scandir " + dir + "\r");
            String table = screen.await("\ng! ");
            assertTrue(table.matches("(?s).*\nNAME +TYPE +SIZE\nnotes\\.txt +file +6 B\nsub +dir +-\n.*"), table);

            String missing = dir.resolve("missing").toString();
            screen.type("os:stat " + missing + "\r");
            String python = ShellJarIT.pythonError("stat", missing);
            assertEquals("os:stat " + missing + "\n" + python + "\ng! ", screen.await("\ng! "),
                    "the echo of the line typed, then Python's error line alone");

            screen.type("os:scand" + CTRL_C); // the terminal drops the half-typed line and signals the shell
            String interrupted = screen.await("KeyboardInterrupt\ng! ");
            assertTrue(interrupted.contains("^C"), interrupted); // the terminal's echo (it may flush the rest)
            screen.type("os:listdir " + dir + "\r");
            assertTrue(screen.await("\ng! ").matches("(?s)os:listdir [^\\n]*\\nnotes\\.txt\\nsub\\ng! "),
                    "the shell goes on after Ctrl-C at the prompt: " + screen);

            screen.type(String.valueOf(CTRL_D));
            WaitResult end = waitFor(os, pid);
            ended = true;
            System.out.println("ShellPtyIT: the terminal showed\n" + screen);
            assertEquals(0, os.waitstatusToExitcode(end.status()), "Ctrl-D ends the shell with 0: " + screen);
        } finally {
            if (!ended) {
                os.kill(pid, 9);
                os.waitpid(pid, 0);
            }
            screen.close(); // the child is gone: the reader has met EIO and ended
        }
    }

    private static Pty openpty(Os os) {
        try {
            return os.openpty();
        } catch (OsException | UnsupportedOperationException e) {
            assumeTrue(false, "no pseudo-terminal here (" + os.providerId() + "): " + e);
            throw new AssertionError(e);
        }
    }

    private static WaitResult waitFor(Os os, long pid) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (System.nanoTime() < end) {
            WaitResult r = os.waitpid(pid, os.WNOHANG());
            if (r.pid() == pid) {
                return r;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the shell did not end within " + WAIT_S + " s");
    }

    /** What the terminal shows, as one text ({@code \r\n} as {@code \n}), read from the master by a thread. */
    private static final class Screen {
        private final Os os;
        private final int master;
        private final StringBuilder text = new StringBuilder();
        private final Thread reader;
        /** Where the text not yet returned by {@link #await} starts. */
        private int seen;

        Screen(Os os, int master) {
            this.os = os;
            this.master = master;
            reader = new Thread(this::read, "pty-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try {
                for (byte[] chunk = os.read(master, 4096); chunk.length > 0; chunk = os.read(master, 4096)) {
                    synchronized (text) {
                        text.append(new String(chunk, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                        text.notifyAll();
                    }
                }
            } catch (OsException e) {
                // EIO: every descriptor of the terminal's side is closed, the shell has ended
            }
        }

        void type(String keys) throws OsException {
            os.write(master, keys.getBytes(StandardCharsets.UTF_8));
        }

        /** The screen from the end of the last await up to and including {@code marker}, once it shows. */
        String await(String marker) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
            synchronized (text) {
                int at;
                while ((at = text.indexOf(marker, seen)) < 0) {
                    long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                    if (left <= 0) {
                        throw new AssertionError("the terminal never showed '" + marker + "': " + text);
                    }
                    text.wait(left);
                }
                String shown = text.substring(seen, at + marker.length());
                seen = at + marker.length();
                return shown;
            }
        }

        @Override
        public String toString() {
            synchronized (text) {
                return text.toString();
            }
        }

        /** Once the child is gone: the reader ends at EIO, and only then is the master closed under it. */
        void close() throws Exception {
            reader.join(TimeUnit.SECONDS.toMillis(WAIT_S));
            os.close(master);
        }
    }
}
