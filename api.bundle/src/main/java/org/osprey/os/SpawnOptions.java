package org.osprey.os;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The keyword arguments of {@code os.posix_spawn}: {@code file_actions}, {@code setpgroup}, {@code resetids},
 * {@code setsid}, {@code setsigmask}, {@code setsigdef} and {@code scheduler}, and as Osprey extensions what the
 * child sets before its program starts that {@code posix_spawn} has no attribute for ({@code umask}, user,
 * group and supplementary groups: what {@code subprocess} needs). Immutable: each {@code with} method returns a
 * changed copy.
 *
 * <p>One difference from Python: where {@code setsigmask} is not given the child starts with no signal blocked
 * (the JVM's threads block signals for reasons of their own, which a program started from Java should not
 * inherit).
 *
 * @param fileActions the {@link SpawnAction}s, run in order in the child
 * @param setpgroup the process group to join ({@code 0}: a new one led by the child); {@code null}: none
 *        (Python's {@code None})
 * @param setsigmask the signals blocked in the child; {@code null}: none (see above)
 * @param setsigdef the signals whose disposition is reset to the default in the child
 * @param schedPolicy a {@code SCHED_*} policy, or {@code null} to keep the policy ({@code scheduler=(None, p)})
 * @param schedParam the scheduling parameters; {@code null} when {@code scheduler} is not given
 * @param umask the child's {@code umask}, or {@code null} to inherit this process's (Osprey extension)
 * @param uid the child's real and effective user, or {@code null} (Osprey extension, as {@code subprocess}'s
 *        {@code user}: needs the privilege)
 * @param gid the child's real and effective group, or {@code null} (as {@code subprocess}'s {@code group})
 * @param groups the child's supplementary groups, or {@code null} to keep them (as {@code extra_groups})
 */
public record SpawnOptions(List<SpawnAction> fileActions, Long setpgroup, boolean resetids, boolean setsid,
        Set<Integer> setsigmask, Set<Integer> setsigdef, Integer schedPolicy, SchedParam schedParam, Integer umask,
        Long uid, Long gid, List<Long> groups) {
    private static final SpawnOptions DEFAULTS =
            new SpawnOptions(List.of(), null, false, false, null, Set.of(), null, null, null, null, null, null);

    public SpawnOptions {
        fileActions = List.copyOf(fileActions);
        setsigmask = setsigmask == null ? null : Set.copyOf(setsigmask);
        setsigdef = Set.copyOf(setsigdef);
        groups = groups == null ? null : List.copyOf(groups);
        if (schedPolicy != null) {
            Objects.requireNonNull(schedParam, "a scheduler policy needs its SchedParam");
        }
    }

    /** No file actions, no attributes: {@code os.posix_spawn(path, argv, env)}. */
    public static SpawnOptions defaults() {
        return DEFAULTS;
    }

    public SpawnOptions withFileActions(List<SpawnAction> actions) {
        return new SpawnOptions(Objects.requireNonNull(actions, "actions"), setpgroup, resetids, setsid, setsigmask,
                setsigdef, schedPolicy, schedParam, umask, uid, gid, groups);
    }

    public SpawnOptions withFileActions(SpawnAction... actions) {
        return withFileActions(List.of(Objects.requireNonNull(actions, "actions")));
    }

    public SpawnOptions withSetpgroup(long pgid) {
        return new SpawnOptions(fileActions, pgid, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    public SpawnOptions withResetids(boolean reset) {
        return new SpawnOptions(fileActions, setpgroup, reset, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    public SpawnOptions withSetsid(boolean newSession) {
        return new SpawnOptions(fileActions, setpgroup, resetids, newSession, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    public SpawnOptions withSetsigmask(Set<Integer> signals) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, Objects.requireNonNull(signals, "signals"),
                setsigdef, schedPolicy, schedParam, umask, uid, gid, groups);
    }

    public SpawnOptions withSetsigdef(Set<Integer> signals) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask,
                Objects.requireNonNull(signals, "signals"), schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    /** {@code scheduler=(policy, param)}; a {@code null} policy keeps the policy and sets only the parameters. */
    public SpawnOptions withScheduler(Integer policy, SchedParam param) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, policy,
                Objects.requireNonNull(param, "param"), umask, uid, gid, groups);
    }

    public SpawnOptions withUmask(int mask) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, mask, uid, gid, groups);
    }

    public SpawnOptions withUser(long user) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, user, gid, groups);
    }

    public SpawnOptions withGroup(long group) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, group, groups);
    }

    public SpawnOptions withExtraGroups(List<Long> extraGroups) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, Objects.requireNonNull(extraGroups, "extraGroups"));
    }

    /** Whether any of the Osprey extensions ({@code umask}, user, group, groups) is set. */
    public boolean changesCredentialsOrUmask() {
        return umask != null || uid != null || gid != null || groups != null;
    }
}
