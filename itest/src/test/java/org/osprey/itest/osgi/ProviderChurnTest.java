package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.filecmp.Filecmp;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;
import org.osprey.linecache.Linecache;
import org.osprey.os.Os;
import org.osprey.shutil.Shutil;
import org.osprey.subprocess.Subprocess;
import org.osprey.tempfile.Tempfile;

/**
 * The provider changes as fast as it can while other threads obtain every consumer service anew, use it and let
 * it go (so DS creates and disposes the consumers all the time, as {@code osprey:use} and short-lived callers do).
 * No consumer's activation may fail meanwhile (Declarative Services records it as a failed activation): a tracker
 * never tracks a registration whose first get failed, so such a consumer stays unavailable to Gogo, to DS
 * consumers and to trackers until the next change. Once the changes stop, every consumer must be tracked.
 */
class ProviderChurnTest {
    private static final int THREADS = 6;
    private static final int CHANGES = 100;
    private static final List<Class<?>> CONSUMERS = List.of(Os.class, Shutil.class, Glob.class, Fnmatch.class,
            Tempfile.class, Filecmp.class, Linecache.class, Subprocess.class);

    @InjectBundleContext
    BundleContext ctx;

    @InjectService
    ServiceComponentRuntime scr;

    @TempDir
    Path tmp;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final LongAdder used = new LongAdder();
    /** The component configurations seen failed during the changes, with why. */
    private final Map<String, String> seenFailed = new ConcurrentSkipListMap<>();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyConsumerComesBackAfterManyChangesUnderLoad() throws Exception {
        Bundle posix = ProviderRestart.bundle(ctx, ProviderRestart.POSIX);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            Thread thread = new Thread(() -> churn(first), "churn-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread watch = new Thread(() -> {
            while (!stop.get()) {
                seenFailed.putAll(failed());
            }
        }, "churn-watch");
        watch.setDaemon(true);
        threads.add(watch);
        watch.start();
        try {
            for (int i = 0; i < CHANGES; i++) {
                posix.stop();
                Thread.yield();
                posix.start();
                Thread.yield();
            }
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(20));
            }
            if (posix.getState() != Bundle.ACTIVE) {
                posix.start();
            }
        }
        // as Gogo, a DS consumer or a long-lived caller would get them now
        List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
        for (Class<?> type : CONSUMERS) {
            ServiceTracker<?, ?> tracker = new ServiceTracker<>(ctx, type.getName(), null);
            tracker.open();
            trackers.add(tracker);
        }
        try {
            assertEquals(Map.of(), seenFailed, "components that failed to activate while the provider changed");
            assertTrue(used.sum() > CHANGES, "the consumers were used only " + used + " times");
            for (int i = 0; i < CONSUMERS.size(); i++) {
                assertNotNull(trackers.get(i).waitForService(10_000), CONSUMERS.get(i).getSimpleName()
                        + " is not tracked after the changes; failed components: " + failed());
            }
        } finally {
            trackers.forEach(ServiceTracker::close);
        }
        assertEquals("posix (jnr)", Os.get().providerId());
    }

    /** Obtains each consumer anew, uses it and releases it, round after round, starting at a different one. */
    private void churn(int first) {
        for (int i = first; !stop.get(); i++) {
            use(CONSUMERS.get(i % CONSUMERS.size()));
        }
    }

    /** Whether the service of {@code type} could be obtained and answered. */
    private boolean use(Class<?> type) {
        ServiceReference<?> ref = ctx.getServiceReference(type.getName());
        if (ref == null) {
            return false;
        }
        Object service = ctx.getService(ref);
        try {
            if (service == null) {
                return false;
            }
            if (service instanceof Glob glob) {
                glob.glob("*", GlobOptions.DEFAULT.withRootDir(tmp.toString()));
            } else if (service instanceof Os os) {
                os.listdir(tmp.toString());
            } else if (service instanceof Shutil shutil) {
                shutil.diskUsage(tmp.toString());
            }
            used.increment();
            return true;
        } catch (Exception e) {
            return true; // a call that met a provider going away fails with an error: the service was there
        } finally {
            if (service != null) {
                try {
                    ctx.ungetService(ref);
                } catch (IllegalStateException e) {
                    // unregistered meanwhile
                }
            }
        }
    }

    /** Osprey's component configurations that failed to activate, with why. */
    private Map<String, String> failed() {
        Map<String, String> failed = new TreeMap<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (!d.bundle.symbolicName.startsWith("org.osprey.")) {
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failed.put(d.name, String.valueOf(c.failure).lines().findFirst().orElse(""));
                }
            }
        }
        return failed;
    }
}
