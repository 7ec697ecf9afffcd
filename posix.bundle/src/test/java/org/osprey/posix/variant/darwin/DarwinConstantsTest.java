package org.osprey.posix.variant.darwin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jnr.constants.Constant;
import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.FdConstantTable;
import org.osprey.posix.abi.MapConstants;
import org.osprey.testing.DebianPackages;

/**
 * The macOS numbers Osprey writes out, which no test on this machine can run, checked against an independent
 * source: jnr-constants' tables generated on macOS from its headers. Every name both define must agree; the
 * names jnr-constants lacks are printed, so the unchecked rest stays visible.
 */
class DarwinConstantsTest {
    /** jnr-constants' Darwin tables that hold names Osprey defines too. */
    private static final List<Class<? extends Constant>> JNR_TABLES = List.of(
            jnr.constants.platform.darwin.Errno.class, jnr.constants.platform.darwin.Signal.class,
            jnr.constants.platform.darwin.WaitFlags.class, jnr.constants.platform.darwin.PRIO.class,
            jnr.constants.platform.darwin.Pathconf.class, jnr.constants.platform.darwin.Sysconf.class,
            jnr.constants.platform.darwin.Confstr.class, jnr.constants.platform.darwin.OpenFlags.class,
            jnr.constants.platform.darwin.Fcntl.class, jnr.constants.platform.darwin.Access.class);

    @Test
    void everyDarwinConstantJnrConstantsKnowsAgrees() throws ReflectiveOperationException {
        Map<String, Integer> jnr = jnrDarwin();
        Map<String, Integer> osprey = ospreyDarwin();
        List<String> wrong = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        osprey.forEach((name, value) -> {
            Integer expected = jnr.get(name);
            if (expected == null) {
                unchecked.add(name);
            } else if (!expected.equals(value)) {
                wrong.add(name + " = " + value + ", jnr-constants (macOS headers): " + expected);
            }
        });
        System.out.println("Darwin constants checked against jnr-constants: " + (osprey.size() - unchecked.size())
                + "; not in jnr-constants, unchecked (" + unchecked.size() + "): " + unchecked);
        assertEquals(List.of(), wrong, "Osprey's macOS constants that differ from macOS's headers");
        assertTrue(osprey.size() - unchecked.size() > 150, "too few names compared: " + jnr.keySet());
    }

    /** Go's {@code golang.org/x/sys/unix}, generated on macOS from its SDK's headers (Debian's {@code golang-golang-x-sys-dev}). */
    private static final Path X_SYS = Path.of("/usr/share/gocode/src/golang.org/x/sys/unix");
    private static final Pattern GO_CONSTANT = Pattern.compile(
            "^\\s*([A-Z][A-Z0-9_]*)\\s*=\\s*(?:syscall\\.\\w+\\()?(-?0x[0-9a-fA-F]+|-?\\d+)\\)?\\s*$", Pattern.MULTILINE);

    /**
     * A second independent source, for what jnr-constants lacks ({@code AT_*}, the macOS-only errnos, ...): every
     * name Go's generated tables for macOS on arm64 and on x86-64 define must have Osprey's value in both.
     */
    @Test
    void everyDarwinConstantGosXSysKnowsAgrees() throws Exception {
        DebianPackages.need(Files.isDirectory(X_SYS), X_SYS.toString(), "golang-golang-x-sys-dev");
        Map<String, Integer> osprey = ospreyDarwin();
        Map<String, Integer> jnr = jnrDarwin();
        List<String> wrong = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (String arch : List.of("arm64", "amd64")) {
            Map<String, Long> go = new TreeMap<>();
            for (String file : List.of("zerrors_darwin_" + arch + ".go", "ztypes_darwin_" + arch + ".go")) {
                Matcher m = GO_CONSTANT.matcher(Files.readString(X_SYS.resolve(file)));
                while (m.find()) {
                    go.putIfAbsent(m.group(1), Long.decode(m.group(2)));
                }
            }
            osprey.forEach((name, value) -> {
                Long expected = go.get(name);
                if (expected != null) {
                    checked.add(name);
                    if (expected.intValue() != value) {
                        wrong.add(name + " = " + value + ", x/sys " + arch + ": " + expected);
                    }
                }
            });
        }
        Set<String> neither = new TreeSet<>(osprey.keySet());
        neither.removeAll(checked);
        neither.removeAll(jnr.keySet());
        System.out.println("Darwin constants checked against x/sys: " + checked.size()
                + "; in neither x/sys nor jnr-constants (" + neither.size() + "): " + neither);
        assertEquals(List.of(), wrong, "Osprey's macOS constants that differ from macOS's headers");
        assertTrue(checked.size() > 150, "too few names compared: " + checked);
    }

    /** The one signal number {@code Darwin} keeps to itself, seen through what it decides with it. */
    @Test
    void continuedStatusUsesMacOsSigcont() {
        int sigcont = jnr.constants.platform.darwin.Signal.SIGCONT.intValue();
        int continued = sigcont << 8 | 0x7f;
        assertTrue(Darwin.VARIANT.wifcontinued(continued));
        assertTrue(!Darwin.VARIANT.wifstopped(continued));
    }

    private static Map<String, Integer> jnrDarwin() {
        Map<String, Integer> all = new TreeMap<>();
        for (Class<? extends Constant> table : JNR_TABLES) {
            for (Constant c : table.getEnumConstants()) {
                if (c.defined()) {
                    Integer before = all.putIfAbsent(c.name(), c.intValue());
                    assertTrue(before == null || before == c.intValue(), c.name() + " twice in jnr-constants");
                }
            }
        }
        return all;
    }

    /** Every macOS number the provider serves or passes to a call, by its C name. */
    private static Map<String, Integer> ospreyDarwin() throws ReflectiveOperationException {
        Map<String, Integer> all = new TreeMap<>();
        all.putAll(FdConstantTable.of(Abi.DARWIN_AARCH64));
        all.putAll(DarwinTables.Errnos.ERRNO);
        all.putAll(DarwinTables.Signals.SIGNALS);
        all.putAll(DarwinTables.Waits.WAIT);
        all.putAll(DarwinTables.PROCESS);
        prefixed(all, DarwinTables.PATHCONF);
        prefixed(all, DarwinTables.SYSCONF);
        prefixed(all, DarwinTables.CONFSTR);
        MapConstants map = MapConstants.DARWIN;
        all.putAll(map.python());
        all.put("MS_SYNC", map.msSync());
        all.put("MAP_FIXED", map.mapFixed());
        all.put("NSIG", DarwinTables.SPAWN.nsig());
        all.put("POSIX_SPAWN_RESETIDS", DarwinTables.SPAWN.resetids());
        all.put("POSIX_SPAWN_SETPGROUP", DarwinTables.SPAWN.setpgroup());
        all.put("POSIX_SPAWN_SETSIGDEF", DarwinTables.SPAWN.setsigdef());
        all.put("POSIX_SPAWN_SETSIGMASK", DarwinTables.SPAWN.setsigmask());
        all.put("POSIX_SPAWN_SETSID", DarwinTables.SPAWN.setsid());
        all.put("SIG_SETMASK", Darwin.VARIANT.sigSetmask());
        all.put("TIOCGWINSZ", (int) Darwin.VARIANT.tiocgwinsz());
        for (Abi abi : List.of(Abi.DARWIN_AARCH64, Abi.DARWIN_X86_64)) {
            Map<String, Integer> flags = Map.of("AT_FDCWD", abi.atFdcwd(), "AT_SYMLINK_NOFOLLOW",
                    abi.atSymlinkNofollow(), "AT_SYMLINK_FOLLOW", abi.atSymlinkFollow(), "AT_REMOVEDIR",
                    abi.atRemovedir(), "AT_EACCESS", abi.atEaccess(), "O_CLOEXEC", abi.oCloexec(), "O_DIRECTORY",
                    abi.oDirectory(), "F_DUPFD_CLOEXEC", abi.fDupfdCloexec());
            flags.forEach((name, value) -> {
                Integer before = all.putIfAbsent(name, value);
                assertTrue(before == null || before.equals(value), name + " differs within Osprey's macOS tables");
            });
        }
        all.putAll(xattrConstants());
        all.put("XATTR_NOFOLLOW", staticInt(DarwinXattrs.class, "XATTR_NOFOLLOW"));
        all.putAll(Map.of("F_OK", Os.F_OK, "R_OK", Os.R_OK, "W_OK", Os.W_OK, "X_OK", Os.X_OK));
        all.put("F_FULLFSYNC", DarwinTables.F_FULLFSYNC);
        return all;
    }

    /**
     * The macOS numbers jnr-constants has no table for, against the SDK headers' values written out here by
     * name (MacOSX.sdk {@code usr/include}): {@code <sys/mman.h>}, {@code <copyfile.h>}, {@code <sys/clonefile.h>}.
     */
    private static final Map<String, Integer> SDK_HEADERS = Map.ofEntries(
            // <sys/mman.h>: the MAP_* CPython 3.13 added for macOS (gh-113868), and the older ones
            Map.entry("MAP_SHARED", 0x0001), Map.entry("MAP_PRIVATE", 0x0002), Map.entry("MAP_FIXED", 0x0010),
            Map.entry("MAP_NORESERVE", 0x0040), Map.entry("MAP_NOEXTEND", 0x0100),
            Map.entry("MAP_HASSEMAPHORE", 0x0200), Map.entry("MAP_NOCACHE", 0x0400), Map.entry("MAP_JIT", 0x0800),
            Map.entry("MAP_ANON", 0x1000), Map.entry("MAP_ANONYMOUS", 0x1000),
            Map.entry("MAP_RESILIENT_CODESIGN", 0x2000), Map.entry("MAP_RESILIENT_MEDIA", 0x4000),
            Map.entry("MAP_32BIT", 0x8000), Map.entry("MAP_TRANSLATED_ALLOW_EXECUTE", 0x20000),
            Map.entry("MAP_UNIX03", 0x40000), Map.entry("MAP_TPRO", 0x80000), Map.entry("MS_SYNC", 0x0010),
            Map.entry("PROT_READ", 0x01), Map.entry("PROT_WRITE", 0x02), Map.entry("PROT_EXEC", 0x04),
            Map.entry("MADV_NORMAL", 0), Map.entry("MADV_RANDOM", 1), Map.entry("MADV_SEQUENTIAL", 2),
            Map.entry("MADV_WILLNEED", 3), Map.entry("MADV_DONTNEED", 4), Map.entry("MADV_FREE", 5),
            Map.entry("MADV_FREE_REUSABLE", 7), Map.entry("MADV_FREE_REUSE", 8),
            // <copyfile.h>: #define COPYFILE_DATA (1<<3)
            Map.entry("COPYFILE_DATA", 1 << 3),
            // <sys/clonefile.h>: #define CLONE_NOFOLLOW 0x0001, #define CLONE_NOOWNERCOPY 0x0002
            Map.entry("CLONE_NOFOLLOW", 0x0001), Map.entry("CLONE_NOOWNERCOPY", 0x0002));

    @Test
    void theMacOsNumbersJnrConstantsLacksAreTheSdkHeaders() {
        MapConstants map = MapConstants.DARWIN;
        Map<String, Integer> osprey = new TreeMap<>(map.python());
        osprey.put("MS_SYNC", map.msSync());
        osprey.put("MAP_FIXED", map.mapFixed());
        osprey.put("COPYFILE_DATA", Os.COPYFILE_DATA);
        osprey.put("CLONE_NOFOLLOW", Os.CLONE_NOFOLLOW);
        osprey.put("CLONE_NOOWNERCOPY", Os.CLONE_NOOWNERCOPY);
        assertEquals(new TreeMap<>(SDK_HEADERS), osprey);
        assertEquals(map.python().get("MAP_PRIVATE") | map.python().get("MAP_ANON"), map.mapPrivateAnonymous());
    }

    private static void prefixed(Map<String, Integer> all, Map<String, Integer> pythonNames) {
        pythonNames.forEach((name, value) -> all.put("_" + name, value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> xattrConstants() throws ReflectiveOperationException {
        Field f = DarwinXattrs.class.getDeclaredField("CONSTANTS");
        f.setAccessible(true);
        return (Map<String, Integer>) f.get(null);
    }

    private static int staticInt(Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.getInt(null);
    }
}
