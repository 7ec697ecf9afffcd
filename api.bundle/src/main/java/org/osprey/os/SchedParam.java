package org.osprey.os;

/** Python's {@code os.sched_param}: the scheduling parameters of {@code sched_setscheduler} and friends. */
public record SchedParam(int schedPriority) {
}
