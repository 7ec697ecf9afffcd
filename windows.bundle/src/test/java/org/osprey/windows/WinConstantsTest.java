package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Wincon;
import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.os.Errno;
import org.osprey.testing.Python;
import org.osprey.testing.WindowsHeaders;

/**
 * The Windows constants against independent sources: CPython's {@code stat} module, which has the
 * {@code FILE_ATTRIBUTE_*} and {@code IO_REPARSE_TAG_*} values on every OS, and the Microsoft C runtime's headers for
 * the {@code O_*} flags and the signals, whose lines are quoted below as published; jna-platform's winnt.h values
 * for the reparse tags.
 */
class WinConstantsTest {
    /** The Microsoft C runtime's fcntl.h, its {@code _O_*} lines as published. */
    private static final String FCNTL_H = """
            #define _O_RDONLY       0x0000  /* open for reading only */
            #define _O_WRONLY       0x0001  /* open for writing only */
            #define _O_RDWR         0x0002  /* open for reading and writing */
            #define _O_APPEND       0x0008  /* writes done at eof */
            #define _O_CREAT        0x0100  /* create and open file */
            #define _O_TRUNC        0x0200  /* open and truncate */
            #define _O_EXCL         0x0400  /* open only if file doesn't already exist */
            #define _O_TEXT         0x4000  /* file mode is text (translated) */
            #define _O_BINARY       0x8000  /* file mode is binary (untranslated) */
            #define _O_NOINHERIT    0x0080  /* child process doesn't inherit file */
            #define _O_TEMPORARY    0x0040  /* temporary file bit */
            #define _O_SHORT_LIVED  0x1000  /* temporary storage file, try not to flush */
            #define _O_SEQUENTIAL   0x0020  /* file access is primarily sequential */
            #define _O_RANDOM       0x0010  /* file access is primarily random */
            """;
    /** The UCRT's signal.h, its signal numbers as published. */
    private static final String SIGNAL_H = """
            #define SIGINT          2   // interrupt
            #define SIGILL          4   // illegal instruction - invalid function image
            #define SIGFPE          8   // floating point exception
            #define SIGSEGV         11  // segment violation
            #define SIGTERM         15  // Software termination signal from kill
            #define SIGBREAK        21  // Ctrl-Break sequence
            #define SIGABRT         22  // abnormal termination triggered by abort call
            """;
    private static final Pattern DEFINE = Pattern.compile("#define _?(\\w+)\\s+(0x[0-9A-Fa-f]+|\\d+)");

    private static Map<String, Integer> defines(String header) {
        Map<String, Integer> values = new TreeMap<>();
        Matcher m = DEFINE.matcher(header);
        while (m.find()) {
            values.put(m.group(1), Integer.decode(m.group(2)));
        }
        return values;
    }

    /** The Windows SDK's WinBase.h, its {@code COPY_FILE_*} lines as published (jna-platform has none). */
    private static final String WINBASE_H = """
            #define COPY_FILE_ALLOW_DECRYPTED_DESTINATION       0x00000008
            #define COPY_FILE_COPY_SYMLINK                      0x00000800
            """;
    /** The Windows SDK's winnt.h and bcrypt.h, the lines as published (jna-platform has neither). */
    private static final String SYSTEM_INFO_H = """
            #define ALL_PROCESSOR_GROUPS        0xffff
            #define BCRYPT_USE_SYSTEM_PREFERRED_RNG         0x00000002
            """;

    @Test
    void processorGroupsAndTheRandomGeneratorAreTheSdks() {
        Map<String, Integer> sdk = defines(SYSTEM_INFO_H);
        assertEquals(sdk.get("ALL_PROCESSOR_GROUPS"), Short.toUnsignedInt(WindowsSystemInfo.ALL_PROCESSOR_GROUPS));
        assertEquals(sdk.get("BCRYPT_USE_SYSTEM_PREFERRED_RNG"), BCrypt.BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    }

    /** CPython 3.13.0's {@code os_mkdir_impl}, its Windows lines as published, and sddl.h's revision. */
    private static final String OS_MKDIR_IMPL = """
                if (mode == 0700 /* 0o700 */) {
                    ULONG sdSize;
                    pSecAttr = &secAttr;
                    // Set a discretionary ACL (D) that is protected (P) and includes
                    // inheritable (OICI) entries that allow (A) full control (FA) to
                    // SYSTEM (SY), Administrators (BA), and the owner (OW).
                    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(
                        L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;OW)",
                        SDDL_REVISION_1,
                        &secAttr.lpSecurityDescriptor,
                        &sdSize
                    )) {
            #define SDDL_REVISION_1     1
            """;

    /** The UCRT's process.h, its spawn modes as published. */
    private static final String PROCESS_H = """
            #define _P_WAIT         0
            #define _P_NOWAIT       1
            """;

    @Test
    void spawnModesAreTheCRuntimesAsOsHasThem() {
        Map<String, Integer> modes = defines(PROCESS_H);
        assertEquals(modes.get("P_WAIT"), Ucrt.P_WAIT);
        assertEquals(modes.get("P_NOWAIT"), Ucrt.P_NOWAIT);
        assertEquals(Map.of("P_WAIT", Os.P_WAIT, "P_NOWAIT", Os.P_NOWAIT), modes);
    }

    @Test
    void privateDirectoriesAreCPythonsMkdir0700() {
        Matcher sddl = Pattern.compile("L\"([^\"]*)\"").matcher(OS_MKDIR_IMPL);
        assertEquals(true, sddl.find());
        assertEquals(sddl.group(1), PrivateDirectory.SDDL);
        Matcher mode = Pattern.compile("mode == (0\\d+) ").matcher(OS_MKDIR_IMPL);
        assertEquals(true, mode.find());
        assertEquals(Integer.parseInt(mode.group(1), 8), PrivateDirectory.MODE);
        assertEquals(defines(OS_MKDIR_IMPL).get("SDDL_REVISION_1"), Advapi.SDDL_REVISION_1);
    }

    @Test
    void copyFlagsAreWinbaseHsAndErrorsJnas() {
        Map<String, Integer> winbase = defines(WINBASE_H);
        assertEquals(winbase.get("COPY_FILE_ALLOW_DECRYPTED_DESTINATION"), Os.COPY_FILE_ALLOW_DECRYPTED_DESTINATION);
        assertEquals(winbase.get("COPY_FILE_COPY_SYMLINK"), Os.COPY_FILE_COPY_SYMLINK);
        assertEquals(WinError.ERROR_DIRECTORY, WinErrors.ERROR_DIRECTORY);
    }

    @Test
    void openFlagsAreTheCRuntimes() {
        Map<String, Integer> flags = new TreeMap<>(WinConstants.FD);
        flags.keySet().removeIf(name -> name.startsWith("SEEK_"));
        assertEquals(defines(FCNTL_H), flags);
        assertEquals(Map.of("SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2), Map.of("SEEK_SET",
                WinConstants.FD.get("SEEK_SET"), "SEEK_CUR", WinConstants.FD.get("SEEK_CUR"), "SEEK_END",
                WinConstants.FD.get("SEEK_END")));
    }

    @Test
    void signalsAreTheCRuntimesAndTheConsoleEventsWincons() {
        Map<String, Integer> signals = new TreeMap<>(WinConstants.SIGNALS);
        assertEquals(0, signals.remove("CTRL_C_EVENT"));
        assertEquals(1, signals.remove("CTRL_BREAK_EVENT"));
        assertEquals(defines(SIGNAL_H), signals);
    }

    @Test
    void fileAttributesAndReparseTagsAreCPythonsStatModules() {
        Map<String, Integer> ours = new TreeMap<>(WinConstants.FILE_ATTRIBUTES);
        Map<String, Integer> python = new TreeMap<>();
        for (String line : Python.require313().lines("import stat\n"
                + "for n in sorted(dir(stat)):\n"
                + "    if n.startswith(('FILE_ATTRIBUTE_', 'IO_REPARSE_TAG_')):\n"
                + "        print(n, getattr(stat, n))")) {
            String[] nameValue = line.split(" ");
            python.put(nameValue[0], (int) Long.parseLong(nameValue[1]));
        }
        assertEquals(python, ours);
    }

    /** Off Windows CPython's {@code stat} has no {@code IO_REPARSE_TAG_*}: jna-platform's winnt.h values instead. */
    @Test
    void reparseTagsAreWinntHs() {
        assertEquals(Map.of("IO_REPARSE_TAG_SYMLINK", WinNT.IO_REPARSE_TAG_SYMLINK, "IO_REPARSE_TAG_MOUNT_POINT",
                WinNT.IO_REPARSE_TAG_MOUNT_POINT, "IO_REPARSE_TAG_APPEXECLINK", 0x8000001B), WinConstants.REPARSE_TAGS);
        assertEquals(Wincon.CTRL_C_EVENT, WinConstants.CTRL_C_EVENT);
        assertEquals(Wincon.CTRL_BREAK_EVENT, WinConstants.CTRL_BREAK_EVENT);
    }

    /** What the C check leaves out, each with why: no Windows header has it, or mingw-w64's differs from the UCRT's. */
    private static final Map<String, String> NOT_IN_HEADERS = Map.of(
            "EPOCH_TICKS", "100 ns ticks from 1601 to 1970: arithmetic, no header's",
            "MAX_DESCRIPTORS", "the UCRT's internal _NHANDLE_ (8192), in no public header",
            "IO_MAX", "CPython's _PY_READ_MAX/_PY_WRITE_MAX, not Windows'",
            "MAX_ENV", "the documented 32,767-character limit of an environment variable, a constant of no header",
            "S_IFLNK", "CPython's own (_Py_S_IFLNK): Windows' sys/stat.h has none",
            "S_IFBLK", "CPython's _stat.c default 0o060000: MSVC's sys/stat.h has none, mingw's is its own 0x3000",
            "FILE_ATTRIBUTE_INTEGRITY_STREAM", "newer than mingw-w64 10's winnt.h (checked against CPython's stat above)",
            "FILE_ATTRIBUTE_NO_SCRUB_DATA", "newer than mingw-w64 10's winnt.h (checked against CPython's stat above)");
    /** The provider's classes whose constants are Windows' own, by their C names. */
    private static final List<Class<?>> CONSTANT_HOLDERS = List.of(WinConstants.class, WinErrors.class, WinStat.class,
            WindowsConsole.class, WindowsDescriptors.class, WindowsEnvironment.class, WindowsFiles.class,
            WindowsProcesses.class, WindowsSystemInfo.class, BCrypt.class, Advapi.class, Ucrt.class);
    /** The {@code _winapi} constants the API ({@link Os}) holds, which the subprocess launcher uses. */
    private static final List<String> OS_WINAPI = List.of("STARTF_USESHOWWINDOW", "STARTF_USESTDHANDLES", "SW_HIDE",
            "CREATE_NEW_CONSOLE", "CREATE_NEW_PROCESS_GROUP", "CREATE_NO_WINDOW", "INFINITE", "WAIT_OBJECT_0",
            "WAIT_TIMEOUT", "STILL_ACTIVE", "COPY_FILE_ALLOW_DECRYPTED_DESTINATION", "COPY_FILE_COPY_SYMLINK");
    /** Names the provider gives a value that C has under another name: the file-information classes, an enum. */
    private static final Map<String, String> C_NAMES = Map.of("FILE_BASIC_INFO", "FileBasicInfo",
            "FILE_ATTRIBUTE_TAG_INFO", "FileAttributeTagInfo", "FILE_ID_INFO", "FileIdInfo");

    /**
     * Every constant of the provider, its {@code O_*}, attribute, reparse-tag and signal tables and the errno table
     * against what mingw-w64's C compiler for x64 Windows makes of the same names from the Windows headers.
     */
    @Test
    void everyConstantIsWhatACompilerForWindowsSays() throws Exception {
        StringBuilder c = new StringBuilder("""
                #define _WIN32_WINNT 0x0A00
                #include <winsock2.h>
                #include <windows.h>
                #include <bcrypt.h>
                #include <sddl.h>
                #include <process.h>
                #include <fcntl.h>
                #include <io.h>
                #include <signal.h>
                #include <errno.h>
                #include <stdio.h>
                #include <sys/stat.h>
                """);
        int checked = 0;
        for (Class<?> holder : CONSTANT_HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType().isPrimitive()
                        && field.getName().matches("[A-Z][A-Z0-9_]+") && !NOT_IN_HEADERS.containsKey(field.getName())) {
                    field.setAccessible(true);
                    String name = C_NAMES.getOrDefault(field.getName(), field.getName());
                    staticAssert(c, name.startsWith("O_") ? "_" + name : name, field.getType(), field.get(null));
                    checked++;
                }
            }
        }
        for (String name : OS_WINAPI) {
            staticAssert(c, name, int.class, Os.class.getField(name).get(null));
            checked++;
        }
        List<Map<String, Integer>> tables = List.of(WinConstants.FD, WinConstants.FILE_ATTRIBUTES,
                WinConstants.REPARSE_TAGS, WinConstants.SIGNALS, Errno.windows().asMap());
        for (Map<String, Integer> table : tables) {
            for (Map.Entry<String, Integer> constant : table.entrySet()) {
                String name = constant.getKey();
                if (!NOT_IN_HEADERS.containsKey(name)) {
                    String cName = name.startsWith("O_") ? "_" + name
                            // errno's socket names are Winsock's codes, which CPython's errno names E*
                            : name.startsWith("E") && constant.getValue() >= 10_000 ? "WSA" + name : name;
                    staticAssert(c, cName, int.class, constant.getValue());
                    checked++;
                }
            }
        }
        assertEquals(List.of(), WindowsHeaders.compile(c.toString()));
        assertTrue(checked > 200, checked + " constants checked");
    }

    private static void staticAssert(StringBuilder c, String name, Class<?> type, Object value) {
        String cast = type == long.class ? "(unsigned long long)" : type == short.class ? "(unsigned short)"
                : "(unsigned int)";
        c.append("_Static_assert(").append(cast).append('(').append(name).append(") == ").append(cast).append('(')
                .append(value).append(type == long.class ? "LL" : "").append("), \"").append(name).append(" is ")
                .append(value).append("\");\n");
    }

    @Test
    void nameSurrogatesAreTheLinksNotTheAppExecLinks() {
        assertEquals(true, WinConstants.isNameSurrogate(WinConstants.IO_REPARSE_TAG_SYMLINK));
        assertEquals(true, WinConstants.isNameSurrogate(WinConstants.IO_REPARSE_TAG_MOUNT_POINT));
        assertEquals(false, WinConstants.isNameSurrogate(WinConstants.IO_REPARSE_TAG_APPEXECLINK));
    }
}
