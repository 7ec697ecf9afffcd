package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Structure;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.Wincon;
import org.junit.jupiter.api.Test;
import org.osprey.testing.WindowsHeaders;

/**
 * The structures the provider passes to Windows, laid out by JNA here (on any OS: their fields have fixed widths),
 * against the sizes and offsets of the Windows SDK's definitions for 64-bit Windows, written out below from the
 * SDK's headers (fileapi.h, minwinbase.h, winbase.h, ntifs.h, processthreadsapi.h, wincon.h): what a C compiler for
 * x64 Windows gives {@code sizeof} and {@code offsetof}. The provider's own ({@link Structs}) and jna-platform's that
 * it uses both.
 */
class StructLayoutsTest {
    private static void assertLayout(Structure s, int size, Object... fieldsAndOffsets) throws Exception {
        Method offset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
        offset.setAccessible(true);
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndOffsets.length; i += 2) {
            String field = (String) fieldsAndOffsets[i];
            expected.put(field, (Integer) fieldsAndOffsets[i + 1]);
            actual.put(field, (Integer) offset.invoke(s, field));
        }
        String name = s.getClass().getSimpleName();
        assertEquals(expected, actual, name + " offsets");
        assertEquals(size, s.size(), name + " size");
    }

    @Test
    void byHandleFileInformation() throws Exception {
        assertLayout(new Structs.ByHandleFileInformation(), 52, "dwFileAttributes", 0, "ftCreationTimeLow", 4,
                "ftLastAccessTimeLow", 12, "ftLastWriteTimeLow", 20, "dwVolumeSerialNumber", 28, "nFileSizeHigh", 32,
                "nFileSizeLow", 36, "nNumberOfLinks", 40, "nFileIndexHigh", 44, "nFileIndexLow", 48);
    }

    @Test
    void win32FindDataW() throws Exception {
        assertLayout(new Structs.FindData(), 592, "dwFileAttributes", 0, "ftCreationTimeLow", 4,
                "ftLastAccessTimeLow", 12, "ftLastWriteTimeLow", 20, "nFileSizeHigh", 28, "nFileSizeLow", 32,
                "dwReserved0", 36, "dwReserved1", 40, "cFileName", 44, "cAlternateFileName", 564);
    }

    @Test
    void fileInformationClasses() throws Exception {
        assertLayout(new Structs.FileAttributeTagInfo(), 8, "FileAttributes", 0, "ReparseTag", 4);
        assertLayout(new Structs.FileBasicInfo(), 40, "CreationTime", 0, "LastAccessTime", 8, "LastWriteTime", 16,
                "ChangeTime", 24, "FileAttributes", 32);
        assertLayout(new Structs.FileIdInfo(), 24, "VolumeSerialNumber", 0, "FileId", 8);
    }

    /** {@code REPARSE_DATA_BUFFER}: a symlink's {@code PathBuffer} starts at 20, a junction's at 16. */
    @Test
    void reparseDataBufferHeaders() throws Exception {
        assertLayout(new Structs.SymlinkReparseHeader(), 20, "ReparseTag", 0, "ReparseDataLength", 4, "Reserved", 6,
                "SubstituteNameOffset", 8, "SubstituteNameLength", 10, "PrintNameOffset", 12, "PrintNameLength", 14,
                "Flags", 16);
        assertLayout(new Structs.MountPointReparseHeader(), 16, "ReparseTag", 0, "ReparseDataLength", 4,
                "Reserved", 6, "SubstituteNameOffset", 8, "SubstituteNameLength", 10, "PrintNameOffset", 12,
                "PrintNameLength", 14);
    }

    @Test
    void jnaPlatformStructuresTheProviderUses() throws Exception {
        assertLayout(new WinBase.STARTUPINFO(), 104, "cb", 0, "lpReserved", 8, "lpDesktop", 16, "lpTitle", 24,
                "dwX", 32, "dwY", 36, "dwXSize", 40, "dwYSize", 44, "dwXCountChars", 48, "dwYCountChars", 52,
                "dwFillAttribute", 56, "dwFlags", 60, "wShowWindow", 64, "cbReserved2", 66, "lpReserved2", 72,
                "hStdInput", 80, "hStdOutput", 88, "hStdError", 96);
        assertLayout(new WinBase.PROCESS_INFORMATION(), 24, "hProcess", 0, "hThread", 8, "dwProcessId", 16,
                "dwThreadId", 20);
        assertLayout(new WinBase.SECURITY_ATTRIBUTES(), 24, "dwLength", 0, "lpSecurityDescriptor", 8,
                "bInheritHandle", 16);
        assertLayout(new Wincon.CONSOLE_SCREEN_BUFFER_INFO(), 22, "dwSize", 0, "dwCursorPosition", 4,
                "wAttributes", 8, "srWindow", 10, "dwMaximumWindowSize", 18);
        assertLayout(new WinBase.FILETIME(), 8, "dwLowDateTime", 0, "dwHighDateTime", 4);
    }

    /**
     * Every field of every structure above, where JNA puts it, against where mingw-w64's C compiler for x64 Windows
     * puts the same field of the Windows headers' type: {@code offsetof} and {@code sizeof} asserted at compile time.
     */
    @Test
    void everyFieldIsWhereACompilerForWindowsPutsIt() throws Exception {
        StringBuilder c = new StringBuilder("""
                #define _WIN32_WINNT 0x0A00
                #include <windows.h>
                #include <ntdef.h>
                #include <stddef.h>
                """);
        String symlink = "SymbolicLinkReparseBuffer.";
        String mountPoint = "MountPointReparseBuffer.";
        compiled(c, new Structs.ByHandleFileInformation(), "BY_HANDLE_FILE_INFORMATION", null, "");
        compiled(c, new Structs.FindData(), "WIN32_FIND_DATAW", null, "");
        compiled(c, new Structs.FileAttributeTagInfo(), "FILE_ATTRIBUTE_TAG_INFO", null, "");
        compiled(c, new Structs.FileBasicInfo(), "FILE_BASIC_INFO", null, "");
        compiled(c, new Structs.FileIdInfo(), "FILE_ID_INFO", null, "");
        // a reparse buffer's header: its size is where the path buffer of its kind starts
        compiled(c, new Structs.SymlinkReparseHeader(), "REPARSE_DATA_BUFFER", symlink + "PathBuffer", symlink);
        compiled(c, new Structs.MountPointReparseHeader(), "REPARSE_DATA_BUFFER", mountPoint + "PathBuffer", mountPoint);
        compiled(c, new WinBase.STARTUPINFO(), "STARTUPINFOW", null, "");
        compiled(c, new WinBase.PROCESS_INFORMATION(), "PROCESS_INFORMATION", null, "");
        compiled(c, new WinBase.SECURITY_ATTRIBUTES(), "SECURITY_ATTRIBUTES", null, "");
        compiled(c, new Wincon.CONSOLE_SCREEN_BUFFER_INFO(), "CONSOLE_SCREEN_BUFFER_INFO", null, "");
        compiled(c, new WinBase.FILETIME(), "FILETIME", null, "");
        assertEquals(List.of(), WindowsHeaders.compile(c.toString()));
    }

    /** jna-platform's field names that are not the headers': {@code SECURITY_ATTRIBUTES.nLength}. */
    private static final Map<String, String> JNA_NAMES = Map.of("dwLength", "nLength");

    /**
     * The assertions for one structure: each JNA field's offset is the C field's of the same name (a split
     * {@code FILETIME}'s {@code ftXLow}/{@code ftXHigh} are {@code ftX.dwLowDateTime}/{@code dwHighDateTime}; the
     * fields past a reparse buffer's three common ones are in its {@code union}, under {@code unionMember}).
     */
    private static void compiled(StringBuilder c, Structure s, String cType, String sizeField, String unionMember)
            throws Exception {
        Method offset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
        offset.setAccessible(true);
        List<String> common = List.of("ReparseTag", "ReparseDataLength", "Reserved");
        for (String field : s.getClass().getAnnotation(Structure.FieldOrder.class).value()) {
            String cField = field.matches("ft\\w+Time(Low|High)")
                    ? field.replaceAll("(Low|High)$", "") + ".dw" + field.replaceAll(".*Time", "") + "DateTime"
                    : common.contains(field) ? field : unionMember + JNA_NAMES.getOrDefault(field, field);
            c.append(String.format("_Static_assert(offsetof(%s, %s) == %d, \"%s.%s at %3$d\");%n", cType, cField,
                    offset.invoke(s, field), s.getClass().getSimpleName(), field));
        }
        String size = sizeField == null ? "sizeof(" + cType + ")" : "offsetof(" + cType + ", " + sizeField + ")";
        c.append(String.format("_Static_assert(%s == %d, \"%s is %2$d bytes\");%n", size, s.size(),
                s.getClass().getSimpleName()));
    }
}
