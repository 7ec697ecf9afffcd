package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.osprey.logging.Formatter;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.bridge.Slf4jHandler;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/**
 * One log call, per operation, at a logger whose level is INFO: a disabled call ({@code debug("x %s", arg)}) and an
 * enabled one ({@code info}) for Osprey's logging, SLF4J with Logback and {@code java.util.logging}. Every enabled
 * call writes the same line, {@code time level logger message}, to a file of its own (Osprey's
 * {@code FileHandler} with {@code %(asctime)s %(levelname)s %(name)s %(message)s}, Logback's {@code FileAppender}
 * with {@code %d{yyyy-MM-dd HH:mm:ss,SSS} %level %logger %msg%n}, JUL's {@code FileHandler} with a
 * {@code SimpleFormatter} format of the same fields), each flushed after every record (the three defaults). The
 * files are new at each iteration and deleted after it, so a run's files stay small. {@code ospreyToLogbackEnabled}
 * is Osprey's call handed to Logback through {@link Slf4jHandler}: the bridge's cost on top of Logback's.
 * Osprey's calls take their arguments as {@code Object...} (Python's {@code *args}), SLF4J's and JUL's as one
 * {@code Object}: each API as its users call it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoggingBench {
    private static final String NAME = "bench.logging";
    private static final String JUL_FORMAT = "%1$tY-%1$tm-%1$td %1$tH:%1$tM:%1$tS,%1$tL %4$s %3$s %5$s%n";

    /** Where the log files go (run.sh: the part's directory on the benchmark's filesystem). */
    @Param("")
    public String logDir;

    /** An argument the JIT cannot fold. */
    public Object arg = "value";

    private Path dir;
    private Logger osprey;
    private Logger ospreyToLogback;
    private org.osprey.logging.Handler ospreyFile;
    private Slf4jHandler bridge;
    private org.slf4j.Logger slf4j;
    private FileAppender<ILoggingEvent> logbackFile;
    private java.util.logging.Logger jul;
    private FileHandler julFile;

    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void setup() throws IOException {
        Path parent = logDir == null || logDir.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"))
                : Path.of(logDir);
        Files.createDirectories(parent);
        dir = Files.createTempDirectory(parent, "logging");

        osprey = Logging.getLogger(NAME + ".osprey");
        osprey.setPropagate(false);
        osprey.setLevel(Logging.INFO);
        ospreyFile = new org.osprey.logging.FileHandler(dir.resolve("osprey.log").toString());
        ospreyFile.setFormatter(new Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"));
        osprey.addHandler(ospreyFile);

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // quoted: a bare comma would start the time zone option
        encoder.setPattern("%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} %level %logger %msg%n");
        encoder.start();
        logbackFile = new FileAppender<>();
        logbackFile.setContext(context);
        logbackFile.setFile(dir.resolve("logback.log").toString());
        logbackFile.setEncoder(encoder);
        logbackFile.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        root.addAppender(logbackFile);
        slf4j = LoggerFactory.getLogger(NAME + ".slf4j");

        ospreyToLogback = Logging.getLogger(NAME + ".bridge");
        ospreyToLogback.setPropagate(false);
        ospreyToLogback.setLevel(Logging.INFO);
        bridge = new Slf4jHandler();
        ospreyToLogback.addHandler(bridge);

        System.setProperty("java.util.logging.SimpleFormatter.format", JUL_FORMAT);
        jul = java.util.logging.Logger.getLogger(NAME + ".jul");
        jul.setUseParentHandlers(false);
        jul.setLevel(Level.INFO);
        julFile = new FileHandler(dir.resolve("jul.log").toString(), false);
        julFile.setFormatter(new SimpleFormatter());
        jul.addHandler(julFile);
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
    public void tearDown() throws IOException {
        osprey.removeHandler(ospreyFile);
        ospreyFile.close();
        ospreyToLogback.removeHandler(bridge);
        bridge.close();
        logbackFile.stop();
        jul.removeHandler(julFile);
        julFile.close();
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public void ospreyDisabled() {
        osprey.debug("x %s", arg);
    }

    @Benchmark
    public void logbackDisabled() {
        slf4j.debug("x {}", arg);
    }

    @Benchmark
    public void julDisabled() {
        jul.log(Level.FINE, "x {0}", arg);
    }

    @Benchmark
    public void ospreyEnabled() {
        osprey.info("x %s", arg);
    }

    @Benchmark
    public void logbackEnabled() {
        slf4j.info("x {}", arg);
    }

    @Benchmark
    public void julEnabled() {
        jul.log(Level.INFO, "x {0}", arg);
    }

    @Benchmark
    public void ospreyToLogbackEnabled() {
        ospreyToLogback.info("x %s", arg);
    }
}
