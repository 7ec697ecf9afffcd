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
    /**
     * {@return {@code sys} over {@link Os#get()}}
     *
     * @throws org.osprey.os.NoProviderException while no provider serves, as {@link Os#get()}
     */
    static Sys get() {
        return of(Os.get());
    }

    /**
     * {@return {@code sys} over the given {@code os}}
     *
     * @param os the {@code os} whose provider answers the platform, the encodings and the {@code dlopen} flags
     */
    static Sys of(Os os) {
        return new SysImpl(os);
    }

    /**
     * {@return the JVM's own command line from the main class, {@code -m} module or {@code -jar} file on} That
     * is the program, then its arguments, as the OS reports them ({@link ProcessHandle.Info#arguments()}; else
     * {@code sun.java.command} split at spaces). A live list shared by the JVM: a program may replace it, as
     * Python programs assign {@code sys.argv}. Mirrors {@code sys.argv}.
     */
    List<String> argv();

    /** {@return {@code "little"} or {@code "big"}, the native byte order} Mirrors {@code sys.byteorder}. */
    String byteorder();

    /**
     * {@return {@code "linux"}, {@code "darwin"}, {@code "win32"}, {@code "freebsd14"}...} Mirrors
     * {@code sys.platform}.
     */
    String platform();

    /**
     * {@return the largest size of a Java array, {@code String} or collection, {@link Integer#MAX_VALUE}} Python's
     * is its {@code Py_ssize_t}'s. Mirrors {@code sys.maxsize}.
     */
    long maxsize();

    /**
     * {@return the largest {@code long}, as Python 2's {@code int} was a C {@code long}} Mirrors
     * {@code sys.maxint}, of Python 2 (removed in Python 3, whose ints are unbounded).
     */
    long maxint();

    /** {@return the provider's filesystem encoding ({@code "utf-8"})} Mirrors {@code sys.getfilesystemencoding()}. */
    String getfilesystemencoding();

    /**
     * {@return the provider's filesystem error handler ({@code "surrogateescape"} on POSIX)} Mirrors
     * {@code sys.getfilesystemencodeerrors()}.
     */
    String getfilesystemencodeerrors();

    /**
     * {@return what text becomes with no encoding named, in Java the JVM's default charset} That is the charset of
     * {@code String.getBytes()}, by Python's codec name ({@code "utf-8"}). Mirrors
     * {@code sys.getdefaultencoding()}.
     */
    String getdefaultencoding();

    /** {@return {@link System#in}} Mirrors {@code sys.stdin}. */
    InputStream stdin();

    /**
     * Replaces {@link System#in}, by {@link System#setIn}. Mirrors {@code sys.stdin = in}.
     *
     * @param in the new standard input
     */
    void stdin(InputStream in);

    /** {@return {@link System#out}} Mirrors {@code sys.stdout}. */
    PrintStream stdout();

    /**
     * Replaces {@link System#out}, by {@link System#setOut}. Mirrors {@code sys.stdout = out}.
     *
     * @param out the new standard output
     */
    void stdout(PrintStream out);

    /** {@return {@link System#err}} Mirrors {@code sys.stderr}. */
    PrintStream stderr();

    /**
     * Replaces {@link System#err}, by {@link System#setErr}. Mirrors {@code sys.stderr = err}.
     *
     * @param err the new standard error
     */
    void stderr(PrintStream err);

    /**
     * {@return the process's standard input as the JVM began with it: a stream on descriptor 0} It stays so
     * whatever {@link System#setIn} has done since. One for the JVM. Mirrors {@code sys.__stdin__}.
     */
    InputStream __stdin__();

    /**
     * {@return a stream on descriptor 1 in the console's encoding, autoflushing} One for the JVM. Mirrors
     * {@code sys.__stdout__}.
     */
    PrintStream __stdout__();

    /**
     * {@return a stream on descriptor 2 in the console's encoding, autoflushing} One for the JVM. Mirrors
     * {@code sys.__stderr__}.
     */
    PrintStream __stderr__();

    /** Ends the JVM with status 0, as {@link #exit(int)}. Mirrors {@code sys.exit()}. */
    void exit();

    /**
     * Ends the JVM with status {@code n}, as a Java program expects, after what Python does on its way out: the
     * registered exit functions run first, in this thread, last registered first; then {@link System#out} and
     * {@link System#err} are flushed and {@link Runtime#exit} runs the JVM's shutdown hooks. Never returns.
     * Inside an OSGi framework this ends the framework with the JVM, as {@code System.exit} does: a bundle that
     * should only stop itself must not call it. Mirrors {@code sys.exit(n)}.
     *
     * @param status the process's exit status
     */
    void exit(int status);

    /**
     * Prints the message to {@link #stderr()}, then ends the JVM with status 1, as {@link #exit(int)}. Mirrors
     * {@code sys.exit("message")}.
     *
     * @param message the line to print
     */
    void exit(String message);

    /**
     * Registers {@code func} to run when the JVM ends normally ({@link #exit(int)}, {@code System.exit}, the last
     * non-daemon thread ending; not {@code Runtime.halt} or {@code os._exit}, as Python's do not run at
     * {@code os._exit}), after those registered later. An exception from one is printed and the others still
     * run. Mirrors {@code atexit.register(func)} (Python 2's {@code sys.exitfunc}).
     *
     * @param func the exit function
     * @return {@code func}
     * @throws NullPointerException for a {@code null} {@code func}
     */
    Runnable atexitRegister(Runnable func);

    /**
     * Removes every registration of {@code func}; none is no error. Mirrors {@code atexit.unregister(func)}.
     *
     * @param func the exit function
     */
    void atexitUnregister(Runnable func);

    /**
     * {@return the Java runtime's version, build date and VM} As
     * {@code "17.0.15+6-Debian-1deb12u1 (2025-04-15) [OpenJDK 64-Bit Server VM, mixed mode, sharing]"}. Mirrors
     * {@code sys.version}.
     */
    String version();

    /** {@return the Java runtime's version} Mirrors {@code sys.version_info}. */
    VersionInfo versionInfo();

    /** {@return the running JVM's {@code java} binary} Mirrors {@code sys.executable}. */
    String executable();

    /**
     * {@return where Java finds code: the class path's entries, then the module path's} Immutable: a JVM's class
     * path is fixed when it starts. Mirrors {@code sys.path}.
     */
    List<String> path();

    /**
     * {@return what is loaded, by name: the named modules of the boot layer and of the layer holding this module}
     * Inside an OSGi framework (the DS component), the framework's bundles. A snapshot. Mirrors
     * {@code sys.modules}.
     */
    Map<String, LoadedModule> modules();

    /**
     * {@return every live thread's stack, innermost frame first, by thread id} Mirrors
     * {@code sys._current_frames()}.
     */
    Map<Long, List<StackTraceElement>> _currentFrames();

    /**
     * Fails: the JVM's collector traces reachability and keeps no reference counts. Mirrors
     * {@code sys.getrefcount(object)}.
     *
     * @param object the object whose count Python gives
     * @return never
     * @throws UnsupportedOperationException always
     */
    int getrefcount(Object object);

    /**
     * Fails: the JVM bounds recursion by stack size (a thread's {@code stackSize}, {@code -Xss}), not by depth;
     * its {@code StackOverflowError} is Python's {@code RecursionError}. Mirrors {@code sys.getrecursionlimit()}.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    int getrecursionlimit();

    /**
     * Fails, as {@link #getrecursionlimit()}. Mirrors {@code sys.setrecursionlimit(limit)}.
     *
     * @param limit the depth Python would allow
     * @throws UnsupportedOperationException always
     */
    void setrecursionlimit(int limit);

    /**
     * Fails: the JVM has no in-process hook called at each line; its tracing is JVMTI and JDI, from an agent or a
     * debugger. Mirrors {@code sys.settrace(tracefunc)}.
     *
     * @param tracefunc the hook Python would call
     * @throws UnsupportedOperationException always
     */
    void settrace(Object tracefunc);

    /**
     * Fails: profiling a JVM is JVMTI, JFR or an agent's, not an in-process hook. Mirrors
     * {@code sys.setprofile(profilefunc)}.
     *
     * @param profilefunc the hook Python would call
     * @throws UnsupportedOperationException always
     */
    void setprofile(Object profilefunc);

    /**
     * {@return the {@code RTLD_*} flags of the native libraries the provider loads} As
     * {@link Os#getdlopenflags()}. Mirrors {@code sys.getdlopenflags()}.
     *
     * @throws UnsupportedOperationException on a provider that loads no native library
     */
    int getdlopenflags();

    /**
     * Sets the flags of the provider's later {@code dlopen} calls, as {@link Os#setdlopenflags(int)}. Mirrors
     * {@code sys.setdlopenflags(flags)}.
     *
     * @param flags the {@code RTLD_*} flags
     * @throws UnsupportedOperationException where no later load would use them
     */
    void setdlopenflags(int flags);

    /**
     * Fails: a JVM has no interactive loop whose results it prints (the shell's Gogo prints its own). Mirrors
     * {@code sys.displayhook(value)}.
     *
     * @param value the result Python would print
     * @throws UnsupportedOperationException always
     */
    void displayhook(Object value);

    /**
     * {@return the JVM's default uncaught-exception handler, {@code null} where none is set} As
     * {@link Thread#getDefaultUncaughtExceptionHandler()}; with none the JVM prints the stack trace itself.
     * Mirrors {@code sys.excepthook}.
     */
    Thread.UncaughtExceptionHandler excepthook();

    /**
     * Sets the JVM's default uncaught-exception handler, by {@link Thread#setDefaultUncaughtExceptionHandler}.
     * Mirrors {@code sys.excepthook = hook}.
     *
     * @param hook the new handler, or {@code null} for none
     */
    void excepthook(Thread.UncaughtExceptionHandler hook);

    /**
     * Fails: the exception being handled is the {@code catch} block's variable in Java; the JVM keeps no
     * per-thread "current exception" to ask for. Mirrors {@code sys.exc_info()}.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    Throwable excInfo();

    /**
     * Fails, as {@link #excInfo()}. Mirrors {@code sys.exc_clear()}, of Python 2.
     *
     * @throws UnsupportedOperationException always
     */
    void excClear();

    /**
     * {@return on Windows the version {@code platform.win32_ver()} reads} From {@code ver} and the registry; not
     * yet run on Windows. Mirrors {@code sys.getwindowsversion()}.
     *
     * @throws UnsupportedOperationException off Windows, as Python has no such function there
     */
    WindowsVersion getwindowsversion();
}
