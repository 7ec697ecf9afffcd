package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.PopenFile;
import org.osprey.subprocess.CalledProcessError;
import org.osprey.subprocess.Popen;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;
import org.osprey.subprocess.RunOptions;
import org.osprey.subprocess.Subprocess;

/** Checks of {@code subprocess} and {@code os.popen} through their APIs only (see {@link Checks}). */
final class SubprocessChecks {
    private SubprocessChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("subprocess", "a pipeline of two children, in text mode", SubprocessChecks::pipeline),
            new Check("subprocess", "exit codes, signals and check", SubprocessChecks::codes),
            new Check("subprocess", "a program that cannot start is the OS error", SubprocessChecks::failedStart),
            new Check("subprocess", "os.popen reads a command and tells its exit", SubprocessChecks::popen));

    private static void pipeline(Os os, String dir) throws Exception {
        Subprocess sp = Subprocess.of(os);
        try (Popen<byte[]> p1 = sp.popen(List.of("printf", "b\\na\\n"), PopenOptions.bytes().stdout(Redirect.PIPE));
                Popen<String> p2 = sp.popen(List.of("sort"),
                        PopenOptions.text().stdin(Redirect.of(p1.stdout())).stdout(Redirect.PIPE).cwd(dir))) {
            p1.stdout().close();
            equal("a\nb\n", p2.communicate().stdout(), "sorted through the pipe");
            equal(0, p1.waitFor(), "the first exited");
        }
    }

    private static void codes(Os os, String dir) throws Exception {
        Subprocess sp = Subprocess.of(os);
        equal(3, sp.call(List.of("/bin/sh", "-c", "exit 3")), "exit code");
        equal(-os.SIGTERM(), sp.call(List.of("/bin/sh", "-c", "kill $$")), "minus the signal");
        CalledProcessError e = raises(CalledProcessError.class,
                () -> sp.run(List.of("false"), RunOptions.bytes().withCheck()));
        equal("Command '['false']' returned non-zero exit status 1.", e.getMessage(), "CPython's message");
    }

    private static void failedStart(Os os, String dir) {
        FileNotFoundOsException e = raises(FileNotFoundOsException.class,
                () -> Subprocess.of(os).popen(List.of("no-such-program-osprey")));
        equal("no-such-program-osprey", e.filename(), "the program's name, as CPython");
    }

    private static void popen(Os os, String dir) throws Exception {
        PopenFile f = os.popen("echo hi; exit 2");
        equal("hi\n", f.read(), "output");
        f.close();
        equal(2 << 8, f.exitStatus(), "close() as Python's");
    }
}
