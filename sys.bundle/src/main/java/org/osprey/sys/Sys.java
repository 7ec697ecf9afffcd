package org.osprey.sys;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.osprey.os.Os;
import org.osprey.sys.internal.SysImpl;

/**
 * Python's {@code sys} module, each part with its meaning on the JVM, or failing with the reason it has none.
 * {@link #get()} serves the running platform's {@code os}; in an OSGi framework the same type is also a
 * Declarative Services component bound to the highest-ranked {@code Os} service, whose {@link #modules()} are the
 * framework's bundles.
 *
 * <p>What Python holds once per interpreter (the argument list, the exit functions, the standard streams, the
 * exception hook) the JVM holds once per process: every instance shares it.
 */
public interface Sys {
    /** {@code sys} over {@link Os#get()}. */
    static Sys get() {
        return of(Os.get());
    }

    /** {@code sys} over the given {@code os}. */
    static Sys of(Os os) {
        return new SysImpl(os);
    }

    /**
     * {@code sys.argv}: the JVM's own command line from the main class, {@code -m} module or {@code -jar} file on
     * (that, then the program's arguments), as the OS reports it ({@link ProcessHandle.Info#arguments()}; else
     * {@code sun.java.command} split at spaces). A live list shared by the JVM: a program may replace it, as
     * Python programs assign {@code sys.argv}.
     */
    List<String> argv();

    /** {@code sys.byteorder}: {@code "little"} or {@code "big"}, the native byte order. */
    String byteorder();

    /** {@code sys.platform}: {@code "linux"}, {@code "darwin"}, {@code "win32"}, {@code "freebsd14"}... */
    String platform();

    /**
     * {@code sys.maxsize}: the largest size of a Java array, {@code String} or collection,
     * {@link Integer#MAX_VALUE} (Python's is its {@code Py_ssize_t}'s).
     */
    long maxsize();

    /**
     * {@code sys.maxint} (Python 2; removed in Python 3, whose ints are unbounded): the largest {@code long},
     * as Python 2's {@code int} was a C {@code long}.
     */
    long maxint();

    /** {@code sys.getfilesystemencoding()}: the provider's ({@code "utf-8"}). */
    String getfilesystemencoding();

    /** {@code sys.getfilesystemencodeerrors()}: the provider's ({@code "surrogateescape"} on POSIX). */
    String getfilesystemencodeerrors();

    /**
     * {@code sys.getdefaultencoding()}: what text becomes with no encoding named, in Java the JVM's default
     * charset ({@code String.getBytes()}), by Python's codec name ({@code "utf-8"}).
     */
    String getdefaultencoding();

    /** {@code sys.stdin}: {@link System#in}. */
    InputStream stdin();

    /** {@code sys.stdin = in}: {@link System#setIn}. */
    void stdin(InputStream in);

    /** {@code sys.stdout}: {@link System#out}. */
    PrintStream stdout();

    /** {@code sys.stdout = out}: {@link System#setOut}. */
    void stdout(PrintStream out);

    /** {@code sys.stderr}: {@link System#err}. */
    PrintStream stderr();

    /** {@code sys.stderr = err}: {@link System#setErr}. */
    void stderr(PrintStream err);

    /**
     * {@code sys.__stdin__}: the process's standard input as the JVM began with it: a stream on descriptor 0,
     * whatever {@link System#setIn} has done since. One for the JVM.
     */
    InputStream __stdin__();

    /** {@code sys.__stdout__}: a stream on descriptor 1 in the console's encoding, autoflushing. One for the JVM. */
    PrintStream __stdout__();

    /** {@code sys.__stderr__}: a stream on descriptor 2 in the console's encoding, autoflushing. One for the JVM. */
    PrintStream __stderr__();

    /** {@code sys.exit()}: {@link #exit(int)} with 0. */
    void exit();

    /**
     * {@code sys.exit(n)}: ends the JVM with status {@code n}, as a Java program expects, after what Python does
     * on its way out: the registered exit functions run first, in this thread, last registered first; then
     * {@link System#out} and {@link System#err} are flushed and {@link Runtime#exit} runs the JVM's shutdown hooks.
     * Never returns. Inside an OSGi framework this ends the framework with the JVM, as {@code System.exit} does:
     * a bundle that should only stop itself must not call it.
     */
    void exit(int status);

    /** {@code sys.exit("message")}: prints the message to {@link #stderr()}, then {@link #exit(int)} with 1. */
    void exit(String message);

    /**
     * Python 2's {@code sys.exitfunc}, Python 3's {@code atexit.register(func)}: {@code func} runs when the JVM
     * ends normally ({@link #exit(int)}, {@code System.exit}, the last non-daemon thread ending; not
     * {@code Runtime.halt} or {@code os._exit}, as Python's do not run at {@code os._exit}), after those
     * registered later. An exception from one is printed and the others still run. Returns {@code func}.
     */
    Runnable atexitRegister(Runnable func);

    /** {@code atexit.unregister(func)}: removes every registration of {@code func}; none is no error. */
    void atexitUnregister(Runnable func);

    /**
     * {@code sys.version}: the Java runtime's version, build date and VM
     * ({@code "17.0.15+6-Debian-1deb12u1 (2025-04-15) [OpenJDK 64-Bit Server VM, mixed mode, sharing]"}).
     */
    String version();

    /** {@code sys.version_info}: the Java runtime's version. */
    VersionInfo versionInfo();

    /** {@code sys.executable}: the running JVM's {@code java} binary. */
    String executable();

    /**
     * {@code sys.path}, where Java finds code: the class path's entries, then the module path's. Immutable: a
     * JVM's class path is fixed when it starts.
     */
    List<String> path();

    /**
     * {@code sys.modules}, what is loaded, by name: the named modules of the boot layer and of the layer holding
     * this module; inside an OSGi framework (the DS component), the framework's bundles. A snapshot.
     */
    Map<String, LoadedModule> modules();

    /** {@code sys._current_frames()}: every live thread's stack, innermost frame first, by thread id. */
    Map<Long, List<StackTraceElement>> _currentFrames();

    /** {@code sys.getrefcount}: fails: the JVM's collector traces reachability and keeps no reference counts. */
    int getrefcount(Object object);

    /**
     * {@code sys.getrecursionlimit}: fails: the JVM bounds recursion by stack size (a thread's {@code stackSize},
     * {@code -Xss}), not by depth; its {@code StackOverflowError} is Python's {@code RecursionError}.
     */
    int getrecursionlimit();

    /** {@code sys.setrecursionlimit}: fails, as {@link #getrecursionlimit()}. */
    void setrecursionlimit(int limit);

    /**
     * {@code sys.settrace}: fails: the JVM has no in-process hook called at each line; its tracing is JVMTI and
     * JDI, from an agent or a debugger.
     */
    void settrace(Object tracefunc);

    /** {@code sys.setprofile}: fails: profiling a JVM is JVMTI, JFR or an agent's, not an in-process hook. */
    void setprofile(Object profilefunc);

    /**
     * {@code sys.getdlopenflags()}: the {@code RTLD_*} flags of the native libraries the provider loads
     * ({@link Os#getdlopenflags()}); fails on a provider that loads none.
     */
    int getdlopenflags();

    /** {@code sys.setdlopenflags(flags)}: {@link Os#setdlopenflags(int)}: fails where no later load would use them. */
    void setdlopenflags(int flags);

    /**
     * {@code sys.displayhook}: fails: a JVM has no interactive loop whose results it prints (the shell's Gogo
     * prints its own).
     */
    void displayhook(Object value);

    /**
     * {@code sys.excepthook}: the JVM's default uncaught-exception handler
     * ({@link Thread#getDefaultUncaughtExceptionHandler()}); {@code null} where none is set and the JVM prints the
     * stack trace itself.
     */
    Thread.UncaughtExceptionHandler excepthook();

    /** {@code sys.excepthook = hook}: {@link Thread#setDefaultUncaughtExceptionHandler}. */
    void excepthook(Thread.UncaughtExceptionHandler hook);

    /**
     * {@code sys.exc_info()}: fails: the exception being handled is the {@code catch} block's variable in Java;
     * the JVM keeps no per-thread "current exception" to ask for.
     */
    Throwable excInfo();

    /** {@code sys.exc_clear()} (Python 2): fails, as {@link #excInfo()}. */
    void excClear();

    /**
     * {@code sys.getwindowsversion()}: on Windows the version {@code platform.win32_ver()} reads ({@code ver} and
     * the registry; not yet run on Windows); elsewhere it fails, as Python has no such function there.
     */
    WindowsVersion getwindowsversion();
}
