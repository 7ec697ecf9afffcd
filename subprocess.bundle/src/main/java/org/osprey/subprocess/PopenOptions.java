package org.osprey.subprocess;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osprey.io.TextStreams;

/**
 * The keyword arguments of {@code subprocess.Popen}, immutable: each {@code with} method returns a changed copy.
 * {@code T} is what the child's output is read as: {@code byte[]} ({@link #bytes()}, Python's default) or
 * {@code String} ({@link #text()}, or any of {@code encoding}, {@code errors}, {@code universal_newlines}, as in
 * Python). Defaults are Python 3.13's: {@code close_fds=True}, {@code restore_signals=True}, every stream
 * inherited.
 *
 * @param <T> {@code byte[]} or {@code String}
 */
public final class PopenOptions<T> {
    private static final PopenOptions<byte[]> BYTES = new PopenOptions<>(null);

    /** How output is decoded and input encoded; null in binary mode. */
    private final TextStreams text;
    private String executable;
    private Redirect stdin = Redirect.INHERIT;
    private Redirect stdout = Redirect.INHERIT;
    private Redirect stderr = Redirect.INHERIT;
    private boolean closeFds = true;
    private Set<Integer> passFds = Set.of();
    private boolean shell;
    private String cwd;
    private Map<String, String> env;
    private boolean startNewSession;
    private Long processGroup;
    private boolean restoreSignals = true;
    private Integer umask;
    private Long user;
    private Long group;
    private List<Long> extraGroups;
    private int bufsize = -1;
    private int creationflags;

    private PopenOptions(TextStreams text) {
        this.text = text;
    }

    private <U> PopenOptions<U> copy(TextStreams mode) {
        PopenOptions<U> c = new PopenOptions<>(mode);
        c.executable = executable;
        c.stdin = stdin;
        c.stdout = stdout;
        c.stderr = stderr;
        c.closeFds = closeFds;
        c.passFds = passFds;
        c.shell = shell;
        c.cwd = cwd;
        c.env = env;
        c.startNewSession = startNewSession;
        c.processGroup = processGroup;
        c.restoreSignals = restoreSignals;
        c.umask = umask;
        c.user = user;
        c.group = group;
        c.extraGroups = extraGroups;
        c.bufsize = bufsize;
        c.creationflags = creationflags;
        return c;
    }

    private PopenOptions<T> copy() {
        return copy(text);
    }

    /**
     * Binary mode with every default: {@code Popen(args)}.
     *
     * @return the options
     */
    public static PopenOptions<byte[]> bytes() {
        return BYTES;
    }

    /**
     * {@code text=True}: the locale's encoding, {@code strict}, universal newlines.
     *
     * @return the options
     */
    public static PopenOptions<String> text() {
        return BYTES.asText();
    }

    /**
     * These options in text mode ({@code text=True}), keeping an encoding or errors already set.
     *
     * @return the new options
     */
    public PopenOptions<String> asText() {
        return copy(text != null ? text : TextStreams.DEFAULT);
    }

    /**
     * {@code universal_newlines=True}: the old name of {@link #asText()}.
     *
     * @return the new options
     */
    public PopenOptions<String> universalNewlines() {
        return asText();
    }

    /**
     * {@code encoding=...} (implies text mode), a name Python's {@code codecs} knows.
     *
     * @param encoding the encoding's name; not null
     * @return the new options
     */
    public PopenOptions<String> encoding(String encoding) {
        TextStreams t = text != null ? text : TextStreams.DEFAULT;
        return copy(new TextStreams(Objects.requireNonNull(encoding, "encoding"), t.errors(), null));
    }

    /**
     * {@code errors=...} (implies text mode): {@code strict}, {@code surrogateescape}, {@code replace}, ...
     *
     * @param errors the error handler's name; not null
     * @return the new options
     */
    public PopenOptions<String> errors(String errors) {
        TextStreams t = text != null ? text : TextStreams.DEFAULT;
        return copy(new TextStreams(t.encoding(), Objects.requireNonNull(errors, "errors"), null));
    }

    /**
     * {@code executable=...}: the program run in place of {@code args[0]}, which stays the child's argv[0].
     *
     * @param program the program's path, or null (Python's {@code None}, the default)
     * @return the new options
     */
    public PopenOptions<T> executable(String program) {
        PopenOptions<T> c = copy();
        c.executable = program;
        return c;
    }

    /**
     * {@return these options with {@code stdin=r}}
     *
     * @param r where the child's standard input comes from; null is Python's {@code None}: {@link Redirect#INHERIT}
     */
    public PopenOptions<T> stdin(Redirect r) {
        if (r == Redirect.STDOUT || r instanceof Redirect.To) {
            throw new IllegalArgumentException("stdin cannot be " + r);
        }
        PopenOptions<T> c = copy();
        c.stdin = r == null ? Redirect.INHERIT : r;
        return c;
    }

    /**
     * {@return these options with {@code stdout=r}}
     *
     * @param r where the child's standard output goes; null is Python's {@code None}: {@link Redirect#INHERIT}
     */
    public PopenOptions<T> stdout(Redirect r) {
        if (r == Redirect.STDOUT || r instanceof Redirect.From) {
            throw new IllegalArgumentException("stdout cannot be " + r);
        }
        PopenOptions<T> c = copy();
        c.stdout = r == null ? Redirect.INHERIT : r;
        return c;
    }

    /**
     * {@return these options with {@code stderr=r}}
     *
     * @param r where the child's standard error goes ({@link Redirect#STDOUT}: with its output); null is Python's
     *         {@code None}: {@link Redirect#INHERIT}
     */
    public PopenOptions<T> stderr(Redirect r) {
        if (r instanceof Redirect.From) {
            throw new IllegalArgumentException("stderr cannot be " + r);
        }
        PopenOptions<T> c = copy();
        c.stderr = r == null ? Redirect.INHERIT : r;
        return c;
    }

    /**
     * {@code close_fds=...}: whether descriptors other than 0, 1, 2 and {@link #passFds} are closed in the child.
     *
     * @param close whether to close them
     * @return the new options
     */
    public PopenOptions<T> closeFds(boolean close) {
        PopenOptions<T> c = copy();
        c.closeFds = close;
        return c;
    }

    /**
     * {@code pass_fds=...}: descriptors the child keeps open and inheritable (implies {@code close_fds=True}).
     *
     * @param fds the descriptors
     * @return the new options
     */
    public PopenOptions<T> passFds(Set<Integer> fds) {
        for (int fd : fds) {
            if (fd < 0) {
                throw new IllegalArgumentException("bad value(s) in fds_to_keep");
            }
        }
        PopenOptions<T> c = copy();
        c.passFds = Set.copyOf(fds);
        return c;
    }

    /**
     * {@code shell=True}: {@code args} run through {@code /bin/sh -c}.
     *
     * @param viaShell whether to run through the shell
     * @return the new options
     */
    public PopenOptions<T> shell(boolean viaShell) {
        PopenOptions<T> c = copy();
        c.shell = viaShell;
        return c;
    }

    /**
     * {@code cwd=...}: the child's working directory.
     *
     * @param directory the directory, or null (Python's {@code None}) for this process's
     * @return the new options
     */
    public PopenOptions<T> cwd(String directory) {
        PopenOptions<T> c = copy();
        c.cwd = directory;
        return c;
    }

    /**
     * {@code env=...}: the child's whole environment (its {@code PATH} is where a program is looked up).
     *
     * @param environment the variables, or null (Python's {@code None}) for this process's {@code os.environ}
     * @return the new options
     */
    public PopenOptions<T> env(Map<String, String> environment) {
        PopenOptions<T> c = copy();
        c.env = environment == null ? null : ordered(environment);
        return c;
    }

    /** An unmodifiable copy in the given order: on Windows, of two names equal but for case the last is kept. */
    private static Map<String, String> ordered(Map<String, String> environment) {
        Map<String, String> copy = new LinkedHashMap<>();
        environment.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "env key"),
                Objects.requireNonNull(v, "env value")));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * {@code start_new_session=True}: the child calls {@code setsid()}.
     *
     * @param newSession whether the child starts a session
     * @return the new options
     */
    public PopenOptions<T> startNewSession(boolean newSession) {
        PopenOptions<T> c = copy();
        c.startNewSession = newSession;
        return c;
    }

    /**
     * {@code process_group=...} (3.11): the child joins process group {@code pgid}, 0 for one of its own.
     *
     * @param pgid the process group, 0 for a new one
     * @return the new options
     */
    public PopenOptions<T> processGroup(long pgid) {
        if (pgid < 0) {
            throw new IllegalArgumentException("process_group must be >= 0");
        }
        PopenOptions<T> c = copy();
        c.processGroup = pgid;
        return c;
    }

    /**
     * {@code restore_signals=...}: whether {@code SIGPIPE} and {@code SIGXFSZ} are reset to their default.
     *
     * @param restore whether to reset them
     * @return the new options
     */
    public PopenOptions<T> restoreSignals(boolean restore) {
        PopenOptions<T> c = copy();
        c.restoreSignals = restore;
        return c;
    }

    /**
     * {@code umask=...} (3.9): the child's umask; Python's default -1 leaves it as this process's.
     *
     * @param mask the umask, -1 to inherit
     * @return the new options
     */
    public PopenOptions<T> umask(int mask) {
        PopenOptions<T> c = copy();
        c.umask = mask < 0 ? null : mask;
        return c;
    }

    /**
     * {@code user=...} (3.9): the child's uid (needs the privilege to change it).
     *
     * @param uid the user id
     * @return the new options
     */
    public PopenOptions<T> user(long uid) {
        PopenOptions<T> c = copy();
        c.user = uid;
        return c;
    }

    /**
     * {@code group=...} (3.9): the child's gid.
     *
     * @param gid the group id
     * @return the new options
     */
    public PopenOptions<T> group(long gid) {
        PopenOptions<T> c = copy();
        c.group = gid;
        return c;
    }

    /**
     * {@code extra_groups=...} (3.9): the child's supplementary groups.
     *
     * @param gids the group ids, or null (Python's {@code None}) to keep these
     * @return the new options
     */
    public PopenOptions<T> extraGroups(List<Long> gids) {
        PopenOptions<T> c = copy();
        c.extraGroups = gids == null ? null : List.copyOf(gids);
        return c;
    }

    /**
     * {@code bufsize=...}: 0 leaves the text readers unbuffered; otherwise they read in chunks of {@code bufsize}
     * bytes (-1: 8 KiB) and {@code 1} makes {@link Popen#stdinWriter()} flush at each newline. The pipe
     * channels themselves never buffer.
     *
     * @param size the buffer size
     * @return the new options
     */
    public PopenOptions<T> bufsize(int size) {
        PopenOptions<T> c = copy();
        c.bufsize = size;
        return c;
    }

    /**
     * {@code creationflags=...} (Windows): {@code CREATE_*} bits for {@code CreateProcessW}, such as
     * {@code Os.CREATE_NEW_PROCESS_GROUP}. Elsewhere a non-zero value makes the start fail with an
     * {@link IllegalArgumentException}, as CPython's {@code ValueError} there.
     *
     * @param flags the flags; 0, the default, for none
     * @return the new options
     */
    public PopenOptions<T> creationflags(int flags) {
        PopenOptions<T> c = copy();
        c.creationflags = flags;
        return c;
    }

    /**
     * {@code preexec_fn=...}: always an {@link UnsupportedOperationException}. Python calls the function in the
     * child between {@code fork} and {@code exec}; a JVM cannot run Java code there (only the forking thread
     * would exist, with the locks of the others held for ever, see {@code Os.fork}), and Osprey starts children
     * with {@code posix_spawn}, which has no such moment. What a {@code preexec_fn} usually does has an option of
     * its own here: {@link #startNewSession}, {@link #processGroup}, {@link #umask}, {@link #user},
     * {@link #group}, {@link #extraGroups}, {@link #cwd}, {@link #restoreSignals}.
     *
     * @param function the function; null is Python's {@code None}, the default: nothing changes
     * @return never
     */
    public PopenOptions<T> preexecFn(Runnable function) {
        if (function == null) {
            return this;
        }
        throw new UnsupportedOperationException("preexec_fn: a JVM cannot run Java code in the child between fork "
                + "and exec; use startNewSession, processGroup, umask, user, group, extraGroups or cwd instead");
    }

    /**
     * The text settings, or null in binary mode.
     *
     * @return the text settings, or null
     */
    public TextStreams textStreams() {
        return text;
    }

    /** {@return {@code executable}, or null for {@code args[0]}} */
    public String executable() {
        return executable;
    }

    /** {@return {@code stdin}} */
    public Redirect stdin() {
        return stdin;
    }

    /** {@return {@code stdout}} */
    public Redirect stdout() {
        return stdout;
    }

    /** {@return {@code stderr}} */
    public Redirect stderr() {
        return stderr;
    }

    /** {@return {@code close_fds}} */
    public boolean closeFds() {
        return closeFds;
    }

    /** {@return {@code pass_fds}} */
    public Set<Integer> passFds() {
        return passFds;
    }

    /** {@return {@code shell}} */
    public boolean shell() {
        return shell;
    }

    /** {@return {@code cwd}, or null} */
    public String cwd() {
        return cwd;
    }

    /**
     * The environment, or null for this process's ({@code os.environ}).
     *
     * @return the environment, or null
     */
    public Map<String, String> env() {
        return env;
    }

    /** {@return {@code start_new_session}} */
    public boolean startNewSession() {
        return startNewSession;
    }

    /**
     * The process group, or null for none ({@code process_group=None}).
     *
     * @return the process group, or null
     */
    public Long processGroup() {
        return processGroup;
    }

    /** {@return {@code restore_signals}} */
    public boolean restoreSignals() {
        return restoreSignals;
    }

    /**
     * The umask, or null to inherit ({@code -1}).
     *
     * @return the umask, or null
     */
    public Integer umask() {
        return umask;
    }

    /** {@return {@code user}, or null} */
    public Long user() {
        return user;
    }

    /** {@return {@code group}, or null} */
    public Long group() {
        return group;
    }

    /** {@return {@code extra_groups}, or null} */
    public List<Long> extraGroups() {
        return extraGroups;
    }

    /** {@return {@code bufsize}} */
    public int bufsize() {
        return bufsize;
    }

    /** {@return {@code creationflags}: 0 for none} */
    public int creationflags() {
        return creationflags;
    }
}
