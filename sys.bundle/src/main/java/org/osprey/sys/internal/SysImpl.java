package org.osprey.sys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.osprey.io.Codec;
import org.osprey.os.Os;
import org.osprey.os.UnameResult;
import org.osprey.platform.Platform;
import org.osprey.platform.Win32Ver;
import org.osprey.sys.LoadedModule;
import org.osprey.sys.Sys;
import org.osprey.sys.VersionInfo;
import org.osprey.sys.WindowsVersion;

/**
 * {@link Sys} over one {@link Os}. What Python keeps per interpreter is static here, kept per JVM: the argument
 * list, the exit functions, the original streams. {@link SysComponent} is the DS component, whose modules are
 * the framework's bundles.
 */
public class SysImpl implements Sys {
    /** {@code sys.argv}, made on first use. */
    private static List<String> argv;

    private final Os os;
    private final Supplier<Map<String, LoadedModule>> modules;

    public SysImpl(Os os) {
        this(os, LoadedModules::ofLayers);
    }

    protected SysImpl(Os os, Supplier<Map<String, LoadedModule>> modules) {
        this.os = Objects.requireNonNull(os, "os");
        this.modules = modules;
    }

    @Override
    public List<String> argv() {
        synchronized (SysImpl.class) {
            if (argv == null) {
                argv = new CopyOnWriteArrayList<>(CommandLine.argv(os));
            }
            return argv;
        }
    }

    @Override
    public String byteorder() {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big";
    }

    @Override
    public String platform() {
        if (os.name().equals("nt")) {
            return "win32";
        }
        String system;
        String release;
        try {
            UnameResult u = os.uname();
            system = u.sysname();
            release = u.release();
        } catch (IOException | UnsupportedOperationException e) {
            system = System.getProperty("os.name", "");
            release = System.getProperty("os.version", "");
        }
        String name = system.toLowerCase(Locale.ROOT).replace(" ", "");
        // as CPython's configure names its build: a few without the release's major number
        return switch (name) {
            case "linux", "darwin", "aix", "cygwin" -> name;
            case "macosx" -> "darwin";
            default -> name + release.replaceFirst("^(\\d*).*", "$1");
        };
    }

    @Override
    public long maxsize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public long maxint() {
        return Long.MAX_VALUE;
    }

    @Override
    public String getfilesystemencoding() {
        return os.platform().fsEncoding().encoding();
    }

    @Override
    public String getfilesystemencodeerrors() {
        return os.platform().fsEncoding().errors();
    }

    @Override
    public String getdefaultencoding() {
        return Codec.lookup(Charset.defaultCharset().name()).name();
    }

    @Override
    public InputStream stdin() {
        return System.in;
    }

    @Override
    public void stdin(InputStream in) {
        System.setIn(in);
    }

    @Override
    public PrintStream stdout() {
        return System.out;
    }

    @Override
    public void stdout(PrintStream out) {
        System.setOut(out);
    }

    @Override
    public PrintStream stderr() {
        return System.err;
    }

    @Override
    public void stderr(PrintStream err) {
        System.setErr(err);
    }

    @Override
    public InputStream __stdin__() {
        return StandardStreams.STDIN;
    }

    @Override
    public PrintStream __stdout__() {
        return StandardStreams.STDOUT;
    }

    @Override
    public PrintStream __stderr__() {
        return StandardStreams.STDERR;
    }

    @Override
    public void exit() {
        exit(0);
    }

    @Override
    public void exit(int status) {
        ExitFunctions.runAll();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().exit(status);
    }

    @Override
    public void exit(String message) {
        stderr().println(message);
        exit(1);
    }

    @Override
    public Runnable atexitRegister(Runnable func) {
        ExitFunctions.register(Objects.requireNonNull(func, "func"));
        return func;
    }

    @Override
    public void atexitUnregister(Runnable func) {
        ExitFunctions.unregister(func);
    }

    @Override
    public String version() {
        return Runtime.version() + " (" + System.getProperty("java.version.date", "") + ") ["
                + System.getProperty("java.vm.name", "") + ", " + System.getProperty("java.vm.info", "") + "]";
    }

    @Override
    public VersionInfo versionInfo() {
        Runtime.Version v = Runtime.version();
        return new VersionInfo(v.feature(), v.interim(), v.update(), v.pre().orElse("final"), v.patch());
    }

    @Override
    public String executable() {
        return ProcessHandle.current().info().command().orElseGet(() -> Path.of(System.getProperty("java.home"),
                "bin", os.name().equals("nt") ? "java.exe" : "java").toString());
    }

    @Override
    public List<String> path() {
        List<String> path = new ArrayList<>();
        for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) {
                path.addAll(Arrays.asList(value.split(java.io.File.pathSeparator)));
            }
        }
        return Collections.unmodifiableList(path);
    }

    @Override
    public Map<String, LoadedModule> modules() {
        return modules.get();
    }

    @Override
    public Map<Long, List<StackTraceElement>> _currentFrames() {
        Map<Long, List<StackTraceElement>> frames = new TreeMap<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> frames.put(thread.getId(), List.of(stack)));
        return frames;
    }

    @Override
    public int getrefcount(Object object) {
        throw unsupported("getrefcount", "the JVM's garbage collector traces reachability; it keeps no reference"
                + " counts");
    }

    @Override
    public int getrecursionlimit() {
        throw unsupported("getrecursionlimit", RECURSION);
    }

    @Override
    public void setrecursionlimit(int limit) {
        throw unsupported("setrecursionlimit", RECURSION);
    }

    private static final String RECURSION = "the JVM bounds recursion by a thread's stack size (-Xss, or the"
            + " stackSize of new Thread(group, target, name, stackSize)), not by a depth; StackOverflowError is"
            + " Python's RecursionError";

    @Override
    public void settrace(Object tracefunc) {
        throw unsupported("settrace", "the JVM has no in-process hook called at each line; tracing a JVM is JVMTI"
                + " or JDI, from an agent or a debugger");
    }

    @Override
    public void setprofile(Object profilefunc) {
        throw unsupported("setprofile", "the JVM has no in-process hook called at each call; profiling a JVM is"
                + " JFR, JVMTI or an agent's");
    }

    @Override
    public int getdlopenflags() {
        return os.getdlopenflags();
    }

    @Override
    public void setdlopenflags(int flags) {
        os.setdlopenflags(flags);
    }

    @Override
    public void displayhook(Object value) {
        throw unsupported("displayhook", "a JVM has no interactive loop that prints each result (Gogo, in the"
                + " Osprey shell, prints its own)");
    }

    @Override
    public Thread.UncaughtExceptionHandler excepthook() {
        return Thread.getDefaultUncaughtExceptionHandler();
    }

    @Override
    public void excepthook(Thread.UncaughtExceptionHandler hook) {
        Thread.setDefaultUncaughtExceptionHandler(hook);
    }

    @Override
    public Throwable excInfo() {
        throw unsupported("exc_info", EXCEPTION);
    }

    @Override
    public void excClear() {
        throw unsupported("exc_clear", EXCEPTION);
    }

    private static final String EXCEPTION = "the exception being handled is the catch block's variable; the JVM"
            + " keeps no per-thread current exception to ask for";

    @Override
    public WindowsVersion getwindowsversion() {
        if (!os.name().equals("nt")) {
            throw unsupported("getwindowsversion", "Windows only, as in Python");
        }
        Win32Ver w = Platform.of(os).win32Ver();
        int[] v = Arrays.stream(w.version().split("\\.")).mapToInt(Integer::parseInt).toArray();
        String servicePack = w.csd().equals("SP0") ? "" : w.csd().replaceFirst("^SP", "Service Pack ");
        return new WindowsVersion(v[0], v[1], v[2], 2, servicePack);
    }

    private static UnsupportedOperationException unsupported(String function, String why) {
        return new UnsupportedOperationException("sys." + function + " has no meaning on the JVM: " + why);
    }
}
