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

    /**
     * The options; the collections are copied, and a policy needs its parameters.
     *
     * @param fileActions the {@link SpawnAction}s, run in order in the child
     * @param setpgroup the process group to join ({@code 0}: a new one led by the child); {@code null}: none (Python's
     *         {@code None})
     * @param resetids whether the child's effective ids become its real ids
     * @param setsid whether the child starts a new session
     * @param setsigmask the signals blocked in the child; {@code null}: none (see above)
     * @param setsigdef the signals whose disposition is reset to the default in the child
     * @param schedPolicy a {@code SCHED_*} policy, or {@code null} to keep the policy ({@code scheduler=(None, p)})
     * @param schedParam the scheduling parameters; {@code null} when {@code scheduler} is not given
     * @param umask the child's {@code umask}, or {@code null} to inherit this process's (Osprey extension)
     * @param uid the child's real and effective user, or {@code null} (Osprey extension, as {@code subprocess}'s
     *         {@code user}: needs the privilege)
     * @param gid the child's real and effective group, or {@code null} (as {@code subprocess}'s {@code group})
     * @param groups the child's supplementary groups, or {@code null} to keep them (as {@code extra_groups})
     */
    public SpawnOptions {
        fileActions = List.copyOf(fileActions);
        setsigmask = setsigmask == null ? null : Set.copyOf(setsigmask);
        setsigdef = Set.copyOf(setsigdef);
        groups = groups == null ? null : List.copyOf(groups);
        if (schedPolicy != null) {
            Objects.requireNonNull(schedParam, "a scheduler policy needs its SchedParam");
        }
    }

    /**
     * No file actions, no attributes: {@code os.posix_spawn(path, argv, env)}.
     *
     * @return the default options
     */
    public static SpawnOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return these options with {@code file_actions=actions}}
     *
     * @param actions the actions, in order
     */
    public SpawnOptions withFileActions(List<SpawnAction> actions) {
        return new SpawnOptions(Objects.requireNonNull(actions, "actions"), setpgroup, resetids, setsid, setsigmask,
                setsigdef, schedPolicy, schedParam, umask, uid, gid, groups);
    }

    /**
     * {@return these options with {@code file_actions=actions}}
     *
     * @param actions the actions, in order
     */
    public SpawnOptions withFileActions(SpawnAction... actions) {
        return withFileActions(List.of(Objects.requireNonNull(actions, "actions")));
    }

    /**
     * {@return these options with {@code setpgroup=pgid}}
     *
     * @param pgid the process group to join, 0 for a new one
     */
    public SpawnOptions withSetpgroup(long pgid) {
        return new SpawnOptions(fileActions, pgid, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    /**
     * {@return these options with {@code resetids=reset}}
     *
     * @param reset whether the child's effective ids become its real ids
     */
    public SpawnOptions withResetids(boolean reset) {
        return new SpawnOptions(fileActions, setpgroup, reset, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    /**
     * {@return these options with {@code setsid=newSession}}
     *
     * @param newSession whether the child starts a new session
     */
    public SpawnOptions withSetsid(boolean newSession) {
        return new SpawnOptions(fileActions, setpgroup, resetids, newSession, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    /**
     * {@return these options with {@code setsigmask=signals}}
     *
     * @param signals the signals blocked in the child
     */
    public SpawnOptions withSetsigmask(Set<Integer> signals) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, Objects.requireNonNull(signals, "signals"),
                setsigdef, schedPolicy, schedParam, umask, uid, gid, groups);
    }

    /**
     * {@return these options with {@code setsigdef=signals}}
     *
     * @param signals the signals reset to their default disposition
     */
    public SpawnOptions withSetsigdef(Set<Integer> signals) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask,
                Objects.requireNonNull(signals, "signals"), schedPolicy,
                schedParam, umask, uid, gid, groups);
    }

    /**
     * {@code scheduler=(policy, param)}; a {@code null} policy keeps the policy and sets only the parameters.
     *
     * @param policy a {@code SCHED_*} policy, or {@code null}
     * @param param the scheduling parameters
     * @return the new options
     */
    public SpawnOptions withScheduler(Integer policy, SchedParam param) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, policy,
                Objects.requireNonNull(param, "param"), umask, uid, gid, groups);
    }

    /**
     * {@return these options with the child's umask} An Osprey extension (Python's {@code posix_spawn} has none).
     *
     * @param mask the child's umask
     */
    public SpawnOptions withUmask(int mask) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, mask, uid, gid, groups);
    }

    /**
     * {@return these options with the child's user} An Osprey extension, as {@code subprocess}'s {@code user}.
     *
     * @param user the child's real and effective user id
     */
    public SpawnOptions withUser(long user) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, user, gid, groups);
    }

    /**
     * {@return these options with the child's group} An Osprey extension, as {@code subprocess}'s {@code group}.
     *
     * @param group the child's real and effective group id
     */
    public SpawnOptions withGroup(long group) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, group, groups);
    }

    /**
     * {@return these options with the child's supplementary groups} An Osprey extension, as {@code subprocess}'s
     * {@code extra_groups}.
     *
     * @param extraGroups the group ids
     */
    public SpawnOptions withExtraGroups(List<Long> extraGroups) {
        return new SpawnOptions(fileActions, setpgroup, resetids, setsid, setsigmask, setsigdef, schedPolicy,
                schedParam, umask, uid, gid, Objects.requireNonNull(extraGroups, "extraGroups"));
    }

    /**
     * Whether any of the Osprey extensions ({@code umask}, user, group, groups) is set.
     *
     * @return whether one is set
     */
    public boolean changesCredentialsOrUmask() {
        return umask != null || uid != null || gid != null || groups != null;
    }
}
