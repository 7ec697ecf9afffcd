package org.osprey.posix;

import java.util.List;

import org.osprey.os.Os;

/** A JVM of its own for what replaces or ends the process: {@code execv}, {@code _exit}, {@code abort}. */
public final class ProcessesChild {
    private ProcessesChild() {
    }

    public static void main(String[] args) throws Exception {
        Os os = Os.of(new PosixProvider());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        System.out.println("started");
        System.out.flush();
        switch (args[0]) {
            case "execv" -> os.execv("/bin/echo", List.of("echo", "replaced", "by", "echo"));
            case "execlp" -> os.execlp("echo", "echo", "found", "in", "PATH");
            case "execvpe" -> os.execvpe("printenv", List.of("printenv", "ONLY"),
                    java.util.Map.of("ONLY", "this", "PATH", "/nowhere:/usr/bin:/bin"));
            case "_exit" -> os._exit(7);
            case "execSigmask" -> os.execv("/bin/grep", List.of("grep", "SigBlk", "/proc/self/status"));
            case "sigmask" -> { // from the JVM's main thread, which blocks nearly every signal
                os.spawnv(Os.P_WAIT, "/bin/grep", List.of("grep", "SigBlk", "/proc/self/status"));
                os._exit(0);
            }
            case "abort" -> os.abort();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("still running");
    }
}
