package org.osprey.os;

/**
 * Python's {@code os.waitid_result}: which child changed state ({@code si_pid}, {@code si_uid}), the signal
 * ({@code si_signo}, always {@code SIGCHLD}), its exit code or signal ({@code si_status}) and how it changed
 * ({@code si_code}: {@code CLD_EXITED}, {@code CLD_KILLED}...).
 */
public record WaitidResult(long siPid, long siUid, int siSigno, int siStatus, int siCode) {
}
