package org.osprey.posix.abi;

/**
 * Where {@code siginfo_t} keeps what {@code waitid} reports of a child: {@code si_signo}, {@code si_code} and,
 * in the {@code SIGCHLD} member of its union, {@code si_pid}, {@code si_uid} and {@code si_status}.
 */
public record SiginfoLayout(int signo, int code, int pid, int uid, int status, int size) {
    /** Linux on 64-bit CPUs: the union starts at 16, after three {@code int}s and padding. */
    public static final SiginfoLayout LINUX_LP64 = new SiginfoLayout(0, 8, 16, 20, 24, 128);
    /** macOS: {@code si_pid} right after {@code si_code}. */
    public static final SiginfoLayout DARWIN = new SiginfoLayout(0, 8, 12, 16, 20, 104);
}
