package org.osprey.itest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.filecmp.Filecmp;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.linecache.Linecache;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.path.OsPath;
import org.osprey.os.spi.OsProvider;
import org.osprey.shutil.Shutil;
import org.osprey.subprocess.Subprocess;
import org.osprey.tempfile.Tempfile;

/**
 * Python raises {@code TypeError} for {@code None} where a function wants a value; Osprey throws a
 * {@link NullPointerException} naming the parameter, before any work. This calls every public method of every
 * module type, and every wither of the option types they take, once for each reference parameter with
 * {@code null} there and real values elsewhere (paths under a temporary directory that do not exist), on a real
 * provider; a method added later is covered without a line here. The parameters where {@code null} is Python's
 * {@code None} default and keeps that meaning are listed in {@link #NULL_IS_NONE}, and their Javadoc says so.
 * Parameter names come from the class files ({@code javac -parameters}, set in the root pom).
 */
class NullArgumentsIT {
    /** {@code Type.method(parameter)} where null is accepted, with the Python default it stands for. */
    static final Map<String, String> NULL_IS_NONE = Map.ofEntries(
            Map.entry("Os.getenv(defaultValue)", "default=None"),
            Map.entry("Os.getenvb(defaultValue)", "default=None"),
            Map.entry("Os.posixSpawn(env)", "env=None (3.13): this process's environment"),
            Map.entry("Os.posixSpawnp(env)", "env=None (3.13): this process's environment"),
            Map.entry("WalkOptions.onError(handler)", "onerror=None"),
            Map.entry("FwalkOptions.onError(handler)", "onerror=None"),
            Map.entry("SpawnOptions.withScheduler(policy)", "scheduler=(None, param): the policy kept"),
            Map.entry("Shutil.chown(user)", "user=None"),
            Map.entry("Shutil.chown(group)", "group=None"),
            Map.entry("Shutil.which(path)", "path=None: os.environ['PATH']"),
            Map.entry("Shutil.unpackArchive(extractDir)", "extract_dir=None: the working directory"),
            Map.entry("ChownOptions.withUser(name)", "user=None"),
            Map.entry("ChownOptions.withGroup(name)", "group=None"),
            Map.entry("CopytreeOptions.withIgnore(i)", "ignore=None"),
            Map.entry("CopytreeOptions.withCopyFunction(f)", "copy_function's default, copy2"),
            Map.entry("MoveOptions.withCopyFunction(f)", "copy_function's default, copy2"),
            Map.entry("RmtreeOptions.withOnerror(h)", "onerror=None"),
            Map.entry("RmtreeOptions.withOnexc(h)", "onexc=None"),
            Map.entry("MakeArchiveOptions.withRootDir(dir)", "root_dir=None"),
            Map.entry("MakeArchiveOptions.withBaseDir(dir)", "base_dir=None"),
            Map.entry("MakeArchiveOptions.withOwner(name)", "owner=None"),
            Map.entry("MakeArchiveOptions.withGroup(name)", "group=None"),
            Map.entry("UnpackOptions.withFormat(name)", "format=None: by the extension"),
            Map.entry("UnpackOptions.withFilter(f)", "filter=None: the default, 'data'"),
            Map.entry("CopyOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("CopyfileobjOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("CopytreeOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("MoveOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("RmtreeOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("MakeArchiveOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("UnpackOptions.withProgress(p)", "no progress (Osprey's addition)"),
            Map.entry("Tempfile.tempdir(dir)", "tempfile.tempdir = None"),
            Map.entry("Tempfile.tempdirb(dir)", "tempfile.tempdir = None"),
            Map.entry("TempOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("TempOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("TempOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("TempDirOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("TempDirOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("TempDirOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("NamedTempOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("NamedTempOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("NamedTempOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("BytesTempOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("BytesTempOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("BytesTempOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("BytesTempDirOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("BytesTempDirOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("BytesTempDirOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("BytesNamedTempOptions.withDir(d)", "dir=None: gettempdir()"),
            Map.entry("BytesNamedTempOptions.withPrefix(p)", "prefix=None: 'tmp'"),
            Map.entry("BytesNamedTempOptions.withSuffix(s)", "suffix=None: ''"),
            Map.entry("TextOptions.withEncoding(e)", "encoding=None"),
            Map.entry("TextOptions.withErrors(e)", "errors=None"),
            Map.entry("TextOptions.withNewline(n)", "newline=None: universal newlines"),
            Map.entry("GlobOptions.withRootDir(dir)", "root_dir=None"),
            Map.entry("TranslateOptions.withSeps(separators)", "seps=None: os.sep and os.altsep"),
            Map.entry("DircmpOptions.withIgnore(names)", "ignore=None: DEFAULT_IGNORES"),
            Map.entry("DircmpOptions.withHide(names)", "hide=None: [os.curdir, os.pardir]"),
            Map.entry("LinecacheOptions.withLoader(sourceLoader)", "module_globals=None"),
            Map.entry("Linecache.lazycache(loader)", "module_globals=None: nothing cached, false"),
            Map.entry("PopenOptions.executable(program)", "executable=None"),
            Map.entry("PopenOptions.stdin(r)", "stdin=None: inherited"),
            Map.entry("PopenOptions.stdout(r)", "stdout=None: inherited"),
            Map.entry("PopenOptions.stderr(r)", "stderr=None: inherited"),
            Map.entry("PopenOptions.cwd(directory)", "cwd=None"),
            Map.entry("PopenOptions.env(environment)", "env=None: os.environ"),
            Map.entry("PopenOptions.extraGroups(gids)", "extra_groups=None"),
            Map.entry("PopenOptions.preexecFn(function)", "preexec_fn=None"),
            Map.entry("RunOptions.withInput(data)", "input=None"),
            Map.entry("RunOptions.withTimeout(limit)", "timeout=None"),
            Map.entry("Subprocess.call(timeout)", "timeout=None"));

    @TempDir
    static Path tmp;

    private String path;

    private List<Object> modules(Os os) {
        return List.of(os, os.path(), Shutil.of(os), Glob.of(os), Fnmatch.of(os), Tempfile.of(os), Filecmp.of(os),
                Linecache.of(os), Subprocess.of(os));
    }

    private static final List<Class<?>> TYPES = List.of(Os.class, OsPath.class, Shutil.class, Glob.class,
            Fnmatch.class, Tempfile.class, Filecmp.class, Linecache.class, Subprocess.class);

    @ParameterizedTest
    @ValueSource(strings = {"org.osprey.posix.PosixProvider", "org.osprey.nio.NioProvider"})
    void everyReferenceParameterRefusesNullByName(String provider) throws Exception {
        Os os = Os.of(ServiceLoader.load(OsProvider.class).stream().filter(p -> p.type().getName().equals(provider))
                .findFirst().orElseThrow().get());
        path = tmp.resolve("absent").toString();
        List<String> wrong = new ArrayList<>();
        Set<Class<?>> optionTypes = new LinkedHashSet<>();
        List<Object> modules = modules(os);
        int checked = 0;
        for (int k = 0; k < TYPES.size(); k++) {
            for (Method m : sorted(TYPES.get(k).getMethods())) {
                if (m.getDeclaringClass() == Object.class || m.isSynthetic()
                        || (Modifier.isStatic(m.getModifiers()) && m.getName().equals("get"))) {
                    continue;
                }
                collectOptionTypes(m.getGenericParameterTypes(), optionTypes);
                checked += checkEachParameter(modules.get(k), m, TYPES.get(k).getSimpleName(), wrong);
            }
        }
        for (Class<?> options : optionTypes) {
            Object instance = sample(options, options);
            for (Method m : sorted(options.getMethods())) {
                if (!Modifier.isStatic(m.getModifiers()) && options.isAssignableFrom(m.getReturnType())
                        && m.getParameterCount() > 0) {
                    checked += checkEachParameter(instance, m, options.getSimpleName(), wrong);
                }
            }
        }
        assertTrue(checked > 400, "reference parameters checked: " + checked);
        assertEquals("", String.join("\n", wrong), wrong.size() + " parameters do not refuse null by name ("
                + provider + ")");
    }

    private static List<Method> sorted(Method[] methods) {
        List<Method> all = new ArrayList<>(Arrays.asList(methods));
        all.sort(Comparator.comparing(Method::toGenericString));
        return all;
    }

    private int checkEachParameter(Object target, Method m, String typeName, List<String> wrong) throws Exception {
        Parameter[] params = m.getParameters();
        int checked = 0;
        for (int i = 0; i < params.length; i++) {
            if (params[i].getType().isPrimitive()) {
                continue;
            }
            assertTrue(params[i].isNamePresent(), "compiled without -parameters: " + m);
            checked++;
            Object[] args = new Object[params.length];
            for (int j = 0; j < params.length; j++) {
                args[j] = j == i ? null : sample(params[j].getParameterizedType(), params[j].getType());
            }
            String name = params[i].getName();
            String key = typeName + "." + m.getName() + "(" + name + ")";
            Throwable thrown = call(target, m, args);
            boolean none = NULL_IS_NONE.containsKey(key);
            if (none ? thrown instanceof NullPointerException
                    : !(thrown instanceof NullPointerException) || !names(thrown.getMessage(), name)) {
                wrong.add(key + " " + signature(m) + ": " + (thrown == null ? "returned normally"
                        : thrown.getClass().getSimpleName() + ": " + thrown.getMessage())
                        + (none ? " (null is Python's None there)" : ""));
            }
        }
        return checked;
    }

    private static boolean names(String message, String parameter) {
        return message != null && Pattern.compile("\\b" + Pattern.quote(parameter) + "\\b").matcher(message).find();
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList().toString();
    }

    /** What the call threw, or null; whatever it returned is closed if it holds something. */
    private static Throwable call(Object target, Method m, Object[] args) {
        try {
            Object result = m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
            if (result instanceof AutoCloseable c) {
                c.close();
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** The types in {@code org.osprey} with withers that the module methods take (options, {@code At}). */
    private static void collectOptionTypes(Type[] types, Set<Class<?>> into) {
        for (Type t : types) {
            Class<?> c = raw(t);
            if (c.getPackageName().startsWith("org.osprey.") && !c.isInterface() && !c.isEnum()
                    && Arrays.stream(c.getMethods()).anyMatch(m -> !Modifier.isStatic(m.getModifiers())
                            && c.isAssignableFrom(m.getReturnType()) && m.getParameterCount() > 0)) {
                into.add(c);
            }
            if (t instanceof ParameterizedType p) {
                collectOptionTypes(p.getActualTypeArguments(), into);
            }
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray() ? raw(c.getComponentType()) : c;
        }
        if (t instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** A real, harmless value of the parameter's type: a path that does not exist, an invalid descriptor... */
    private Object sample(Type generic, Class<?> type) throws Exception {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0) instanceof Boolean ? false
                    : type == int.class ? -1 : type == long.class ? -1L : Array.get(Array.newInstance(type, 1), 0);
        }
        if (type == String.class || type == Object.class || type == CharSequence.class) {
            return path;
        }
        if (type == byte[].class) {
            return FsCodec.encode(path);
        }
        if (type.isArray()) {
            Object array = Array.newInstance(type.getComponentType(), 1);
            Array.set(array, 0, sample(type.getComponentType(), type.getComponentType()));
            return array;
        }
        if (type == Integer.class) {
            return -1;
        }
        if (type == Long.class) {
            return -1L;
        }
        if (type == Boolean.class) {
            return false;
        }
        if (type == Path.class) {
            return Path.of(path);
        }
        if (type == ByteBuffer.class) {
            return ByteBuffer.allocate(1);
        }
        if (type == Duration.class) {
            return Duration.ZERO;
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == Map.class) {
            return new LinkedHashMap<>();
        }
        if (Collection.class.isAssignableFrom(type) || type == Iterable.class) {
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Object one = sample(element, raw(element));
            return type == Set.class ? new LinkedHashSet<>(List.of(one)) : new ArrayList<>(List.of(one));
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        for (var f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                return f.get(null);
            }
        }
        for (Method m : sorted(type.getMethods())) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == type) {
                return m.invoke(null);
            }
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) ->
                    m.getName().equals("toString") ? "sample " + type.getSimpleName()
                            : m.getName().equals("hashCode") ? 0
                            : m.getName().equals("equals") ? proxy == args[0]
                            : m.getReturnType().isPrimitive() ? sample(m.getReturnType(), m.getReturnType())
                            : null);
        }
        if (type.isRecord()) {
            var components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(components[i].getGenericType(), types[i]);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        }
        throw new AssertionError("no sample value for " + generic + ": add one to NullArgumentsIT.sample");
    }
}
