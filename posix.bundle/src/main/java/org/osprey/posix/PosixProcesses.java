package org.osprey.posix;

import static org.osprey.posix.NativeSide.children;

import java.util.List;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;

/** The POSIX provider's {@link org.osprey.os.spi.Processes} facet: signals, waiting, posix_spawn and exec. */
final class PosixProcesses implements org.osprey.os.spi.Processes {
    @Override
    public Map<String, Integer> signalConstants() {
        return children().signalConstants();
    }

    @Override
    public Map<String, Integer> waitConstants() {
        return children().waitConstants();
    }

    @Override
    public void kill(long pid, int signal) throws OsException {
        children().kill(pid, signal);
    }

    @Override
    public void killpg(long pgid, int signal) throws OsException {
        children().killpg(pgid, signal);
    }

    @Override
    public WaitResult waitpid(long pid, int options) throws OsException {
        return children().waitpid(pid, options);
    }

    @Override
    public Wait4Result wait4(long pid, int options) throws OsException {
        return children().wait4(pid, options);
    }

    @Override
    public WaitidResult waitid(int idtype, long id, int options) throws OsException {
        return children().waitid(idtype, id, options);
    }

    @Override
    public int pidfdOpen(long pid, int flags) throws OsException {
        return children().pidfdOpen(pid, flags);
    }

    @Override
    public int waitStatus(WaitMacro macro, int status) {
        return children().waitStatus(macro, status);
    }

    @Override
    public long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options,
            boolean search) throws OsException {
        return children().spawn(file, args, env, options, search);
    }

    @Override
    public void exec(String file, List<String> args, Map<String, String> env, boolean search) throws OsException {
        children().exec(file, args, env, search);
    }

    @Override
    public void exit(int status) {
        children().exit(status);
    }

    @Override
    public void abort() {
        children().abort();
    }
}
