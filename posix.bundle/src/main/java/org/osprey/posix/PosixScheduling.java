package org.osprey.posix;

import static org.osprey.posix.NativeSide.n;
import static org.osprey.posix.NativeSide.proc;

import java.util.Map;
import java.util.Set;

import org.osprey.os.OsException;
import org.osprey.os.SchedParam;
import org.osprey.os.TimesResult;
import org.osprey.posix.proc.Scheduling;
import org.osprey.posix.proc.Sessions;

/** The POSIX provider's {@link org.osprey.os.spi.Scheduling} facet: priorities, CPU times and the scheduler. */
final class PosixScheduling implements org.osprey.os.spi.Scheduling {
    @Override
    public int getpriority(int which, long who) throws OsException {
        return Sessions.getpriority(proc(), which, who);
    }

    @Override
    public void setpriority(int which, long who, int priority) throws OsException {
        Sessions.setpriority(proc(), which, who, priority);
    }

    @Override
    public int nice(int increment) throws OsException {
        return Sessions.nice(proc(), increment);
    }

    @Override
    public TimesResult times() throws OsException {
        return Sessions.times(proc());
    }

    @Override
    public Map<String, Integer> processConstants() {
        return n().abi().variant().processConstants();
    }

    @Override
    public void schedYield() throws OsException {
        Scheduling.yield(proc());
    }

    @Override
    public Set<Integer> schedGetaffinity(long pid) throws OsException {
        return Scheduling.getaffinity(proc(), pid);
    }

    @Override
    public void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException {
        Scheduling.setaffinity(proc(), pid, cpus);
    }

    @Override
    public int schedGetPriorityMin(int policy) throws OsException {
        return Scheduling.priorityMin(proc(), policy);
    }

    @Override
    public int schedGetPriorityMax(int policy) throws OsException {
        return Scheduling.priorityMax(proc(), policy);
    }

    @Override
    public int schedGetscheduler(long pid) throws OsException {
        return Scheduling.getscheduler(proc(), pid);
    }

    @Override
    public void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException {
        Scheduling.setscheduler(proc(), pid, policy, param);
    }

    @Override
    public SchedParam schedGetparam(long pid) throws OsException {
        return Scheduling.getparam(proc(), pid);
    }

    @Override
    public void schedSetparam(long pid, SchedParam param) throws OsException {
        Scheduling.setparam(proc(), pid, param);
    }

    @Override
    public double schedRrGetInterval(long pid) throws OsException {
        return Scheduling.rrGetInterval(proc(), pid);
    }
}
