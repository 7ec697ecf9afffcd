package org.osprey.shutil.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackOptions;

/**
 * Archives made here unpack in python3 to the tree python3's own archive of the same directory unpacks to, and
 * python3's archives unpack here to that same tree: names (bytes), contents, modes, symlinks, hard links, times.
 */
class ArchiveInteropTest {
    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);

    @TempDir
    Path tmp;

    private String at(String name) {
        return tmp.resolve(name).toString();
    }

    private static boolean isZip(String format) {
        return format.equals("zip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "gztar", "bztar", "xztar", "zip"})
    void ourArchivesUnpackInPythonLikeItsOwn(String format) throws Exception {
        unpacksInPythonLikeItsOwn(format, "portable");
    }

    /** Names with bytes that are not UTF-8 (zip names are UTF-8 in Python too: the tar formats only). */
    @ParameterizedTest
    @ValueSource(strings = {"tar", "gztar", "bztar", "xztar"})
    void undecodableNamesInOurArchivesUnpackInPythonLikeItsOwn(String format) throws Exception {
        unpacksInPythonLikeItsOwn(format, "full");
    }

    private void unpacksInPythonLikeItsOwn(String format, String tree) throws Exception {
        Oracle.build(at("src"), tree);
        String ours = Supported.of(os).call("listdir", () -> shutil.makeArchive(at("out/ours"), format,
                MakeArchiveOptions.DEFAULT.withRootDir(at("src"))));
        String theirs = Oracle.make(at("out/theirs"), format, at("src"));
        assertEquals(theirs.replace("theirs", "ours"), ours, "the returned name, as Python names it");
        Oracle.unpack(ours, at("py-from-ours"), isZip(format) ? "none" : "data");
        Oracle.unpack(theirs, at("py-from-theirs"), isZip(format) ? "none" : "data");
        var expected = Oracle.describe(at("py-from-theirs"), !isZip(format));
        assertTrue(expected.size() > 10, "the sample tree came through: " + expected);
        assertEquals(expected, Oracle.describe(at("py-from-ours"), !isZip(format)));

        shutil.unpackArchive(ours, at("ours-from-ours"));
        assertEquals(expected, Oracle.describe(at("ours-from-ours"), !isZip(format)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "gztar", "bztar", "xztar", "zip"})
    void pythonsArchivesUnpackHereLikeInPython(String format) throws Exception {
        Oracle.build(at("src"), "portable");
        String theirs = Oracle.make(at("theirs"), format, at("src"));
        Oracle.unpack(theirs, at("py"), isZip(format) ? "none" : "data");
        shutil.unpackArchive(theirs, at("ours"));
        assertEquals(Oracle.describe(at("py"), !isZip(format)), Oracle.describe(at("ours"), !isZip(format)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fully_trusted", "tar"})
    void theOtherFiltersMatchPythonsToo(String filter) throws Exception {
        Oracle.build(at("src"), "portable");
        String theirs = Oracle.make(at("theirs"), "gztar", at("src"));
        Oracle.unpack(theirs, at("py"), filter);
        ExtractFilter f = filter.equals("tar") ? ExtractFilter.TAR : ExtractFilter.FULLY_TRUSTED;
        shutil.unpackArchive(theirs, at("ours"), UnpackOptions.DEFAULT.withFilter(f));
        assertEquals(Oracle.describe(at("py"), true), Oracle.describe(at("ours"), true));
    }
}
