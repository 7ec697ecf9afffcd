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
    int getpriority(int which, long who) throws OsException;

    void setpriority(int which, long who, int priority) throws OsException;

    int nice(int increment) throws OsException;

    TimesResult times() throws OsException;

    /**
     * The platform's values of the {@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*} and {@code EX_*} constants, by
     * Python name; a constant the platform lacks is absent.
     */
    Map<String, Integer> processConstants();

    void schedYield() throws OsException;

    Set<Integer> schedGetaffinity(long pid) throws OsException;

    void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException;

    int schedGetPriorityMin(int policy) throws OsException;

    int schedGetPriorityMax(int policy) throws OsException;

    int schedGetscheduler(long pid) throws OsException;

    void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException;

    SchedParam schedGetparam(long pid) throws OsException;

    void schedSetparam(long pid, SchedParam param) throws OsException;

    /** In seconds. */
    double schedRrGetInterval(long pid) throws OsException;
}
