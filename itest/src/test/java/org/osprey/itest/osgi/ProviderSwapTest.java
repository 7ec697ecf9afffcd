package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;
import org.osprey.os.NoProviderException;
import org.osprey.os.Os;
import org.osprey.shutil.Shutil;
import org.osprey.tempfile.MkstempResult;
import org.osprey.tempfile.NamedTempOptions;
import org.osprey.tempfile.NamedTemporaryFile;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;
import org.osprey.testing.OpenFds;

/**
 * Issue 10, point 6, in Felix and in Equinox: eight threads call {@code os}, {@code shutil}, {@code glob} and
 * {@code tempfile} while the POSIX provider bundle is stopped and started 50 times. The consumers move to the pure-Java provider
 * and back; every call returns or fails with an exception that says what went wrong; no worker hangs; no
 * descriptor is left open.
 */
class ProviderSwapTest {
    private static final int WORKERS = 8;
    private static final int SWAPS = 50;
    private static final long PAUSE_MS = 20;
    /** How long the workers may take to finish the call they are in once told to stop: far above one call. */
    private static final long FINISH_S = 20;
    private static final byte[] DATA = "swap\n".getBytes(StandardCharsets.US_ASCII);

    @InjectBundleContext
    BundleContext ctx;

    @TempDir
    Path tmp;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final Outcomes outcomes = new Outcomes();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void callsGoOnWhileTheProviderComesAndGoes() throws Exception {
        Consumers services = new Consumers(ctx);
        Worker[] workers = new Worker[WORKERS];
        try (ProviderRestart swap = ProviderRestart.tracking(ctx, Os.class, Shutil.class, Glob.class, Tempfile.class)) {
            String posix = swap.before(Os.class).providerId();
            String fallbackId = ProviderRestart.providerId(ctx, ProviderRestart.NIO);
            // both providers once before counting, so that what the JVM opens lazily for good (a random source,
            // a provider's first native load) is already open
            for (int w = 0; w < WORKERS; w++) {
                workers[w] = new Worker(w, services, Files.createDirectory(tmp.resolve("w" + w)).toString());
                workers[w].once();
            }
            swap.stopProvider();
            workers[0].once();
            workers[1].once();
            swap.startProvider();
            outcomes.clear();
            long fdsBefore = OpenFds.count();

            for (Worker w : workers) {
                w.thread.start();
            }
            long slowestSwapNs = 0;
            for (int i = 0; i < SWAPS; i++) {
                long t0 = System.nanoTime();
                swap.stopProvider();
                slowestSwapNs = Math.max(slowestSwapNs, System.nanoTime() - t0);
                assertEquals(fallbackId, swap.after(Os.class).providerId(), "swap " + i);
                assertEquals(fallbackId, Os.get().providerId(), "swap " + i);
                Thread.sleep(PAUSE_MS);
                t0 = System.nanoTime();
                swap.startProvider();
                slowestSwapNs = Math.max(slowestSwapNs, System.nanoTime() - t0);
                assertEquals(posix, swap.after(Os.class).providerId(), "swap " + i);
                assertEquals(posix, Os.get().providerId(), "swap " + i);
                Thread.sleep(PAUSE_MS);
            }
            stop.set(true);
            assertAllFinish(workers);

            System.out.println("ProviderSwapTest: " + outcomes + "; the slowest swap (stop or start until every "
                    + "service is replaced) took " + TimeUnit.NANOSECONDS.toMillis(slowestSwapNs) + " ms");
            outcomes.assertClear();
            for (Worker w : workers) {
                assertTrue(w.rounds.get() > SWAPS / 10, "worker " + w.index + " made only " + w.rounds + " rounds");
            }
            assertEquals(Set.of(posix, fallbackId), outcomes.servedBy(), "the providers that served calls");
            assertEquals(List.of(), OpenFds.under(tmp.toRealPath()), "descriptors left open on the workers' files");
            // OpenFds leaves out jar files, which the JVM opens for classes at any time; nothing else may grow
            assertTrue(OpenFds.count() <= fdsBefore, "open descriptors: " + fdsBefore + " before, " + OpenFds.count()
                    + " after");
        } finally {
            stop.set(true);
            services.close();
        }
    }

    private void assertAllFinish(Worker[] workers) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(FINISH_S);
        List<String> stuck = new ArrayList<>();
        for (Worker w : workers) {
            w.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            if (w.thread.isAlive()) {
                stuck.add(w.thread.getName() + " in " + Arrays.toString(w.thread.getStackTrace()));
            }
        }
        if (!stuck.isEmpty()) {
            fail("workers still in a call " + FINISH_S + " s after the last swap: " + stuck);
        }
    }

    /** The consumers' DS services, as a component bound to them would see them. */
    private static final class Consumers implements AutoCloseable {
        final ServiceTracker<Os, Os> os;
        final ServiceTracker<Shutil, Shutil> shutil;
        final ServiceTracker<Glob, Glob> glob;
        final ServiceTracker<Tempfile, Tempfile> tempfile;

        Consumers(BundleContext ctx) {
            os = open(new ServiceTracker<>(ctx, Os.class, null));
            shutil = open(new ServiceTracker<>(ctx, Shutil.class, null));
            glob = open(new ServiceTracker<>(ctx, Glob.class, null));
            tempfile = open(new ServiceTracker<>(ctx, Tempfile.class, null));
        }

        private static <S> ServiceTracker<S, S> open(ServiceTracker<S, S> tracker) {
            tracker.open();
            return tracker;
        }

        @Override
        public void close() {
            os.close();
            shutil.close();
            glob.close();
            tempfile.close();
        }
    }

    /**
     * One thread's loop over its own directory. Even workers call the DS services; odd ones what {@code get()}
     * returns, each call asking anew as code without DS does. A descriptor belongs to the provider that opened it
     * (the pure-Java one numbers its own), so it is always closed through the {@code Os} that opened it.
     */
    private final class Worker {
        final int index;
        final Thread thread;
        final AtomicLong rounds = new AtomicLong();
        private final Consumers services;
        private final String dir;

        Worker(int index, Consumers services, String dir) {
            this.index = index;
            this.services = services;
            this.dir = dir;
            this.thread = new Thread(this::loop, "swap-worker-" + index);
            thread.setDaemon(true);
        }

        private void loop() {
            while (!stop.get()) {
                once();
                rounds.incrementAndGet();
            }
        }

        void once() {
            if (index % 2 == 0) {
                viaServices();
            } else {
                viaGet();
            }
        }

        private void viaServices() {
            Os os = services.os.getService();
            Shutil shutil = services.shutil.getService();
            Glob glob = services.glob.getService();
            Tempfile tempfile = services.tempfile.getService();
            if (os == null || shutil == null || glob == null || tempfile == null) {
                outcomes.gap();
                Thread.yield();
                return;
            }
            outcomes.servedBy(os);
            osCalls(os);
            shutilCalls(os, shutil);
            outcomes.call("glob.glob", () -> glob.glob("*", GlobOptions.DEFAULT.withRootDir(dir)));
            outcomes.call("tempfile.NamedTemporaryFile", () -> {
                try (NamedTemporaryFile f = tempfile.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir))) {
                    f.write(ByteBuffer.wrap(DATA));
                }
            });
        }

        private void viaGet() {
            outcomes.call("Os.get()", () -> {
                Os os = Os.get();
                outcomes.servedBy(os);
                osCalls(os);
            });
            outcomes.call("Shutil.get()", () -> shutilCalls(Os.get(), Shutil.get()));
            outcomes.call("glob.glob", () -> Glob.get().glob("*", GlobOptions.DEFAULT.withRootDir(dir)));
            outcomes.call("tempfile.mkstemp", () -> {
                Os os = Os.get();
                // Tempfile.get() is Tempfile.of(Os.get()): the same, with the Os kept to close the descriptor
                MkstempResult made = Tempfile.of(os).mkstemp(TempOptions.DEFAULT.withDir(dir));
                try {
                    os.write(made.fd(), DATA);
                } finally {
                    os.close(made.fd());
                    os.unlink(made.name());
                }
            });
        }

        private void osCalls(Os os) {
            outcomes.call("os.stat", () -> os.stat(dir));
            outcomes.call("os.listdir", () -> os.listdir(dir));
            outcomes.call("os.open/write/close", () -> {
                int fd = os.open(dir + "/f", os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0644);
                try {
                    os.write(fd, DATA);
                } finally {
                    os.close(fd);
                }
            });
        }

        private void shutilCalls(Os os, Shutil shutil) {
            outcomes.call("shutil.copyfile", () -> shutil.copyfile(dir + "/f", dir + "/copy"));
            outcomes.call("shutil.rmtree", () -> {
                os.mkdir(dir + "/tree");
                shutil.copyfile(dir + "/f", dir + "/tree/f");
                shutil.rmtree(dir + "/tree");
            });
        }
    }

    /** What the calls came to: successes, moments without a service, and each failure's type and message. */
    private static final class Outcomes {
        private final LongAdder succeeded = new LongAdder();
        private final LongAdder gaps = new LongAdder();
        private final Set<String> providers = ConcurrentHashMap.newKeySet();
        private final ConcurrentMap<String, LongAdder> failures = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, String> examples = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Throwable> unclear = new ConcurrentHashMap<>();

        interface Call {
            void run() throws Exception;
        }

        void call(String name, Call call) {
            try {
                call.run();
                succeeded.increment();
            } catch (Throwable t) {
                String message = t.getMessage();
                if (message == null || message.isBlank() || t instanceof NullPointerException || t instanceof Error) {
                    unclear.putIfAbsent(name + ": " + t, t);
                }
                // the fallback provider stays registered throughout: a missing Os service is a moment of the swap,
                // and the message must say so rather than ask for a provider bundle to be started
                if (t instanceof NoProviderException && !message.contains("try again")) {
                    unclear.putIfAbsent(name + ": " + t, t);
                }
                String kind = name + ": " + t.getClass().getName();
                failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
                examples.putIfAbsent(kind, String.valueOf(message));
            }
        }

        void servedBy(Os os) {
            providers.add(os.providerId());
        }

        Set<String> servedBy() {
            return providers;
        }

        void gap() {
            gaps.increment();
        }

        long succeeded() {
            return succeeded.sum();
        }

        void clear() {
            succeeded.reset();
            gaps.reset();
            providers.clear();
            failures.clear();
            examples.clear();
            unclear.clear();
        }

        void assertClear() {
            if (!unclear.isEmpty()) {
                Map.Entry<String, Throwable> first = unclear.entrySet().iterator().next();
                throw new AssertionError("calls failed without a clear error: " + unclear.keySet(), first.getValue());
            }
        }

        @Override
        public String toString() {
            Map<String, String> byKind = failures.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().sum() + "x, e.g. " + examples.get(e.getKey()), (a, b) -> a, TreeMap::new));
            return succeeded.sum() + " calls returned, " + gaps.sum() + " rounds found a service missing, failures "
                    + byKind;
        }
    }
}
