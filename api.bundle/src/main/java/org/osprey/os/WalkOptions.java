package org.osprey.os;

import java.util.function.Consumer;

/**
 * The keyword arguments of Python's {@code os.walk}.
 *
 * @param topdown     yield a directory before its subdirectories (and let the caller prune them)
 * @param onerror     called with the error when a directory cannot be listed; {@code null} ignores it
 * @param followlinks walk into symlinks to directories
 */
public record WalkOptions(boolean topdown, Consumer<OsException> onerror, boolean followlinks) {
    /** Python's defaults: top-down, errors ignored, symlinks to directories not followed. */
    public static final WalkOptions DEFAULT = new WalkOptions(true, null, false);

    /** {@return these options with {@code topdown=False}} */
    public WalkOptions bottomUp() {
        return new WalkOptions(false, onerror, followlinks);
    }

    /**
     * {@return these options with {@code onerror=handler}}
     *
     * @param handler called with each error that stops a directory from being listed
     */
    public WalkOptions onError(Consumer<OsException> handler) {
        return new WalkOptions(topdown, handler, followlinks);
    }

    /** {@return these options with {@code followlinks=True}} */
    public WalkOptions followLinks() {
        return new WalkOptions(topdown, onerror, true);
    }
}
