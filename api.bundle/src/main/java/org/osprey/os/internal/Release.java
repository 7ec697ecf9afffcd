package org.osprey.os.internal;

import java.lang.ref.Cleaner;

/**
 * The release of what an object owns natively (descriptors), run at most once: by the owner's {@code close()}
 * through {@link #run()}, or by the garbage collector once the owner became unreachable unclosed, as CPython's
 * finalizers release theirs. The action must not refer to the owner, or the owner never becomes unreachable.
 */
public final class Release {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final System.Logger LOG = System.getLogger("org.osprey.os");

    private final Action action;
    private final Cleaner.Cleanable cleanable;

    private Release(Object owner, Action action) {
        this.action = action;
        this.cleanable = CLEANER.register(owner, action);
    }

    private static final class Action implements Runnable {
        private final Runnable release;
        /** What to name in the warning for a release by the collector; null for none. */
        private final String unclosed;
        private volatile boolean byOwner;

        Action(Runnable release, String unclosed) {
            this.release = release;
            this.unclosed = unclosed;
        }

        @Override
        public void run() {
            if (!byOwner && unclosed != null) {
                LOG.log(System.Logger.Level.WARNING, "unclosed {0}, closed by the garbage collector", unclosed);
            }
            release.run();
        }
    }

    /** Releases for {@code owner} with {@code release}, silently when the collector does it. */
    public static Release of(Object owner, Runnable release) {
        return new Release(owner, new Action(release, null));
    }

    /**
     * As {@link #of}, and a release by the collector is logged at WARNING level on the {@code org.osprey.os}
     * logger, where CPython emits {@code ResourceWarning: unclosed ...} (which it also ignores by default).
     */
    public static Release warning(Object owner, String unclosed, Runnable release) {
        return new Release(owner, new Action(release, unclosed));
    }

    /**
     * Runs the release now unless it already ran; an unchecked exception it throws comes out of here, and later
     * calls do nothing, as the collector then does.
     */
    public void run() {
        action.byOwner = true;
        cleanable.clean();
    }
}
