package org.osprey.nio;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.osprey.os.ConstantTable;
import org.osprey.os.spi.Unsupported;

/**
 * What the kit cannot skip by itself on the pure-Java provider, and why: a kit test that meets the provider's
 * "not available" answer ({@link Unsupported}, or a constant a {@link ConstantTable} does not define) is skipped
 * with that answer as the reason, wherever in the test it comes (also as the cause of a failed
 * {@code assertThrows}); the few tests that cannot meet it (a child JVM's failure, a field the JDK does not
 * report) are listed here, each with its reason. Any other failure stays a failure.
 */
public final class NioLimits
        implements ExecutionCondition, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final String NO_PROCESS_CONTROL = "a child JVM changes what the JDK cannot: process groups,"
            + " sessions, niceness and scheduling (no Sessions or Scheduling facet)";

    /** Kit tests, as {@code KitClass.method}, that cannot run on this provider, with the reason. */
    static final Map<String, String> CANNOT_RUN = Map.ofEntries(
            Map.entry("StatKit.statMatchesPythonFieldByField", "st_blocks and st_blksize: the JDK reports neither"),
            Map.entry("StatKit.lstatMatchesPythonFieldByField", "st_blocks and st_blksize: the JDK reports neither"),
            Map.entry("FdKit.constantsAreExactlyPythonsOnThisPlatform",
                    "the provider defines only the O_* flags java.nio can honour"),
            Map.entry("FilesKit.lchmodAndChflagsSayWhyLinuxLacksThem",
                    "the native provider's wording; here there is no Identity facet at all"),
            Map.entry("FilesKit.chrootInAChildProcessOnly", "the JDK has no chroot (no SpecialFiles facet)"),
            Map.entry("HugeReadKit.hugeReadsFitInASmallHeap", "the child JVM reads a pipe: the JDK makes none"),
            Map.entry("ProcessParamsKit.setpgrpInAChildJvm", NO_PROCESS_CONTROL),
            Map.entry("ProcessParamsKit.setsidInAChildJvm", NO_PROCESS_CONTROL),
            Map.entry("ProcessParamsKit.niceAndSetpriorityInAChildJvm", NO_PROCESS_CONTROL),
            Map.entry("ProcessParamsKit.foregroundProcessGroupOfAControllingTerminalInAChildJvm",
                    NO_PROCESS_CONTROL),
            Map.entry("SystemInfoKit.schedulerChangesInAChildJvm", NO_PROCESS_CONTROL),
            Map.entry("SystemInfoKit.affinityChangeInAChildJvm", NO_PROCESS_CONTROL),
            Map.entry("ProcessParamsKit.constantsMatchPython",
                    "os.PRIO_* and os.SCHED_* come with the Scheduling facet, which the JDK cannot serve"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> test = context.getTestMethod();
        String why = test.map(m -> CANNOT_RUN.get(m.getDeclaringClass().getSimpleName() + "." + m.getName()))
                .orElse(null);
        return why == null ? ConditionEvaluationResult.enabled("runs on the pure-Java provider")
                : ConditionEvaluationResult.disabled("not on the pure-Java provider: " + why);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException e && fromTheProvider(e)) {
                throw new TestAbortedException("not on the pure-Java provider: " + e.getMessage(), thrown);
            }
        }
        throw thrown;
    }

    /** A kit's set-up that meets what the provider lacks (a name the JDK cannot encode, O_DIRECTORY). */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        try {
            handleTestExecutionException(context, thrown);
        } catch (TestAbortedException e) {
            context.getStore(ExtensionContext.Namespace.GLOBAL).put(NioLimits.class, e);
            throw e;
        }
    }

    /** The tear-down of a set-up skipped above: it has nothing to undo, and what it meets is not a failure. */
    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        if (context.getStore(ExtensionContext.Namespace.GLOBAL).get(NioLimits.class) == null) {
            throw thrown;
        }
    }

    private static boolean fromTheProvider(UnsupportedOperationException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) {
            return false;
        }
        String origin = trace[0].getClassName();
        return origin.equals(Unsupported.class.getName()) || origin.equals(ConstantTable.class.getName());
    }
}
