package org.osprey.subprocess.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.nio.NioProvider;
import org.osprey.os.Os;
import org.osprey.posix.PosixProvider;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Subprocess;
import org.osprey.testing.Python;

/**
 * The Windows launcher where it can be checked off Windows: the command lines it gives {@code CreateProcess}
 * against CPython's {@code _execute_child}, and that no other provider ever has it chosen
 * ({@code SubprocessOnWindowsTest}, in the Windows provider's tests, runs it).
 */
class WindowsLauncherTest {
    private static final String COMSPEC = "C:\\Windows\\system32\\cmd.exe";
    private static final List<List<String>> ARGS = List.of(List.of("python3", "-c", "print(1)"),
            List.of("a b", "", "c\"d", "e\\", "f\\\\\"g", "\\\\server\\share\\", "tab\there", "\u00e9\u20ac"),
            List.of("echo", "%PATH%", "&", "dir"), List.of());

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Each list's line and its shell line, then a string's: as CPython 3.13 makes them on Windows. */
    @Test
    void commandLinesAreCPythons() {
        List<String> ours = new ArrayList<>();
        for (List<String> args : ARGS) {
            ours.add(hex(WindowsLauncher.commandLine(args, null)));
            ours.add(hex(WindowsLauncher.commandLine(args, COMSPEC)));
        }
        ours.add(hex(WindowsLauncher.commandLine(ShellCommand.of("dir \"a b\" & echo %x%"), null)));
        ours.add(hex(WindowsLauncher.commandLine(ShellCommand.of("dir \"a b\" & echo %x%"), COMSPEC)));
        // the arguments travel hex-encoded on standard input: the JDK's own quoting never touches them
        String input = ARGS.stream().map(a -> a.stream().map(arg -> "x" + hex(arg)) // "x": an empty one too
                .collect(Collectors.joining(" ", "[", "]"))).collect(Collectors.joining("\n"));
        String script = """
                import subprocess, sys
                def line(args, shell):
                    # Lib/subprocess.py's _execute_child on Windows
                    if not isinstance(args, str):
                        args = subprocess.list2cmdline(args)
                    if shell:
                        args = '{} /c "{}"'.format(sys.argv[1], args)
                    print(args.encode().hex())
                for row in sys.stdin.read().split('\\n'):
                    args = [bytes.fromhex(a[1:]).decode() for a in row.strip('[]').split(' ') if a]
                    line(args, False)
                    line(args, True)
                line('dir "a b" & echo %x%', False)
                line('dir "a b" & echo %x%', True)
                """;
        String withComspec = script.replace("sys.argv[1]", "'" + COMSPEC.replace("\\", "\\\\") + "'");
        String python = Python.require313().withInput(withComspec, input).strip().replace("\r\n", "\n");
        assertEquals(python, String.join("\n", ours));
    }

    @Test
    void neverChosenWithoutWindowsProvider() {
        assertFalse(WindowsLauncher.canStart(Os.of(new NioProvider())), "the pure-Java provider has no _winapi");
    }

    /** CPython's POSIX {@code Popen}: {@code ValueError} for {@code creationflags}, before any child starts. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void creationflagsIsWindowsOnlyAsCPythonSays() {
        Os os = Os.of(new PosixProvider());
        assertFalse(WindowsLauncher.canStart(os));
        String python = Python.require313().run("import subprocess\ntry:\n"
                + "    subprocess.Popen(['true'], creationflags=0x200)\nexcept ValueError as e:\n    print(e)").strip();
        for (Os each : List.of(os, Os.of(new NioProvider()))) {
            PopenOptions<byte[]> options = PopenOptions.bytes().creationflags(Os.CREATE_NEW_PROCESS_GROUP);
            assertEquals(python, assertThrows(IllegalArgumentException.class,
                    () -> Subprocess.of(each).popen(List.of("true"), options)).getMessage());
        }
    }
}
