package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.WString;
import org.junit.jupiter.api.Test;
import org.osprey.os.StatResult;
import org.osprey.testing.Python;

/**
 * What the provider computes from Windows' data without calling Windows, on data laid out here as Windows lays it
 * out: reparse buffers, {@code stat} results from file information, and the environment block of a child.
 */
class ParsingTest {
    /** A {@code REPARSE_DATA_BUFFER} with its path buffer at {@code header}: substitute name, then print name. */
    private static Memory reparseBuffer(int tag, int header, String substitute, String print) {
        Memory m = new Memory(header + 2L * (substitute.length() + print.length()));
        m.clear();
        m.setInt(0, tag);
        m.setShort(8, (short) 0);
        m.setShort(10, (short) (2 * substitute.length()));
        m.setShort(12, (short) (2 * substitute.length()));
        m.setShort(14, (short) (2 * print.length()));
        String both = substitute + print;
        for (int i = 0; i < both.length(); i++) {
            m.setShort(header + 2L * i, (short) both.charAt(i));
        }
        return m;
    }

    @Test
    void readlinkGivesTheSubstituteNameWithTheNtPrefixAsCPython() {
        assertEquals("\\\\?\\C:\\target", ReparseData.substituteName(reparseBuffer(WinConstants.IO_REPARSE_TAG_SYMLINK,
                20, "\\??\\C:\\target", "C:\\target")));
        assertEquals("relative\\t\ud800", ReparseData.substituteName(reparseBuffer(WinConstants.IO_REPARSE_TAG_SYMLINK,
                20, "relative\\t\ud800", "relative\\t\ud800")));
        assertEquals("\\\\?\\D:\\junction", ReparseData.substituteName(reparseBuffer(
                WinConstants.IO_REPARSE_TAG_MOUNT_POINT, 16, "\\??\\D:\\junction", "D:\\junction")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReparseData.substituteName(
                reparseBuffer(WinConstants.IO_REPARSE_TAG_APPEXECLINK, 16, "x", "x")));
        assertEquals("not a symbolic link", e.getMessage());
    }

    /** {@code _Py_attribute_data_to_stat} and {@code attributes_to_mode}, their modes checked with CPython's stat. */
    @Test
    void statFromFileInformationAsCPython() {
        Structs.ByHandleFileInformation info = new Structs.ByHandleFileInformation();
        info.dwFileAttributes = 0x10 | 0x1 | 0x400; // a read-only directory that is a symlink
        info.nFileIndexHigh = 1;
        info.nFileIndexLow = -1;
        info.nNumberOfLinks = 1;
        info.dwVolumeSerialNumber = -2;
        Structs.FileBasicInfo basic = new Structs.FileBasicInfo();
        basic.CreationTime = 116_444_736_000_000_000L + 10_000_000L; // 1970-01-01T00:00:01
        basic.LastWriteTime = 116_444_736_000_000_000L + 25;
        StatResult st = WinStat.toStat(info, WinConstants.IO_REPARSE_TAG_SYMLINK, basic, null);
        assertEquals(Python.run("import stat; print(stat.S_IFLNK | 0o555)").strip(), String.valueOf(st.mode()));
        assertEquals((1L << 32) | 0xFFFFFFFFL, st.ino());
        assertEquals(0xFFFFFFFEL, st.dev());
        assertEquals(1_000_000_000L, st.birthtimeNs());
        assertEquals(st.birthtimeNs(), st.ctimeNs(), "st_ctime is still the creation time in 3.13");
        assertEquals(2500, st.mtimeNs());
        assertEquals(0x411, st.fileAttributes().getAsLong());
        assertEquals(Integer.toUnsignedLong(WinConstants.IO_REPARSE_TAG_SYMLINK), st.reparseTag().getAsLong());
        info.dwFileAttributes = 0x20; // a plain archive file
        StatResult file = WinStat.toStat(info, 0, basic, null);
        assertEquals(Python.run("import stat; print(stat.S_IFREG | 0o666)").strip(), String.valueOf(file.mode()));
        info.dwFileAttributes = 0x10 | 0x400; // a junction: a directory, never a link
        StatResult junction = WinStat.toStat(info, WinConstants.IO_REPARSE_TAG_MOUNT_POINT, basic, null);
        assertEquals(Python.run("import stat; print(stat.S_IFDIR | 0o777)").strip(), String.valueOf(junction.mode()));
    }

    @Test
    void theFileIdsLow64BitsAreTheInode() {
        Structs.FileIdInfo id = new Structs.FileIdInfo();
        for (int i = 0; i < 16; i++) {
            id.FileId[i] = (byte) (i + 1);
        }
        assertEquals(0x0807060504030201L, id.low64());
    }

    /** As CPython's {@code parse_envlist} hands them to {@code _wspawnve}: {@code KEY=value}, in the mapping's order. */
    @Test
    void environmentStrings() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("path", "C:\\bin");
        env.put("Alpha", "\u00e9");
        assertEquals(List.of("path=C:\\bin", "Alpha=\u00e9"),
                Arrays.stream(WindowsProcesses.environment(env)).map(WString::toString).toList());
    }
}
