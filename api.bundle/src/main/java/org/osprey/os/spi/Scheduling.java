package org.osprey.os.spi;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.SchedParam;
import org.osprey.os.TimesResult;

/**
 * Priorities, CPU times and the scheduler.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface Scheduling {
    /**
     * {@return the nice value} {@code getpriority(2)}.
     *
     * @param which {@code PRIO_PROCESS}, {@code PRIO_PGRP} or {@code PRIO_USER}
     * @param who the process, group or user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int getpriority(int which, long who) throws OsException;

    /**
     * {@code setpriority(2)}.
     *
     * @param which {@code PRIO_PROCESS}, {@code PRIO_PGRP} or {@code PRIO_USER}
     * @param who the process, group or user id
     * @param priority the nice value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setpriority(int which, long who, int priority) throws OsException;

    /**
     * {@return the new niceness} {@code nice(2)}.
     *
     * @param increment the niceness to add
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int nice(int increment) throws OsException;

    /**
     * {@return the process times} {@code times(2)}, in seconds.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    TimesResult times() throws OsException;

    /**
     * The platform's values of the {@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*} and {@code EX_*} constants, by
     * Python name; a constant the platform lacks is absent.
     *
     * @return the values by name
     */
    Map<String, Integer> processConstants();

    /**
     * {@code sched_yield(2)}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedYield() throws OsException;

    /**
     * {@return the CPUs {@code pid} may run on} {@code sched_getaffinity(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Set<Integer> schedGetaffinity(long pid) throws OsException;

    /**
     * {@code sched_setaffinity(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param cpus the CPU numbers
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException;

    /**
     * {@return the lowest priority of {@code policy}}
     *
     * @param policy a {@code SCHED_*} policy
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetPriorityMin(int policy) throws OsException;

    /**
     * {@return the highest priority of {@code policy}}
     *
     * @param policy a {@code SCHED_*} policy
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetPriorityMax(int policy) throws OsException;

    /**
     * {@return the policy of {@code pid}} {@code sched_getscheduler(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetscheduler(long pid) throws OsException;

    /**
     * {@code sched_setscheduler(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param policy a {@code SCHED_*} policy
     * @param param the scheduling parameters
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException;

    /**
     * {@return the scheduling parameters of {@code pid}} {@code sched_getparam(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    SchedParam schedGetparam(long pid) throws OsException;

    /**
     * {@code sched_setparam(2)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param param the scheduling parameters
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetparam(long pid, SchedParam param) throws OsException;

    /**
     * In seconds.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the round-robin quantum
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    double schedRrGetInterval(long pid) throws OsException;
}
