package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Hand-made archives whose members are exactly as given (names, types, link targets, modes), hostile ones too. */
final class TestArchives {
    private TestArchives() {
    }

    /** One member: name, tar type, link target, contents, mode. */
    record Member(String name, byte type, String link, String data, int mode) {
        static Member file(String name, String data) {
            return new Member(name, TarConstants.LF_NORMAL, null, data, 0644);
        }

        static Member dir(String name) {
            return new Member(name, TarConstants.LF_DIR, null, null, 0755);
        }

        static Member symlink(String name, String target) {
            return new Member(name, TarConstants.LF_SYMLINK, target, null, 0777);
        }

        static Member hardlink(String name, String target) {
            return new Member(name, TarConstants.LF_LINK, target, null, 0644);
        }

        byte[] bytes() {
            return data == null ? new byte[0] : data.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A tar file; names and link targets too long for the header go in GNU long-name records. */
    static String tar(Path file, Member... members) throws IOException {
        return tar(file, TarArchiveOutputStream.LONGFILE_GNU, members);
    }

    /** A tar file whose long names and targets go where {@code longFileMode} says (GNU records or PAX headers). */
    static String tar(Path file, int longFileMode, Member... members) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); var tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(longFileMode);
            for (Member m : members) {
                TarArchiveEntry e = new TarArchiveEntry(m.name(), m.type(), true);
                e.setMode(m.mode());
                if (m.link() != null) {
                    e.setLinkName(m.link());
                }
                byte[] data = m.bytes();
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return file.toString();
    }

    /** A zip file with UTF-8 names; a symlink member is stored as Info-ZIP does (mode 0120777, target as data). */
    static String zip(Path file, Member... members) throws IOException {
        try (var zip = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            for (Member m : members) {
                ZipArchiveEntry e = new ZipArchiveEntry(m.name());
                if (m.type() == TarConstants.LF_SYMLINK) {
                    e.setUnixMode(0120777);
                    zip.putArchiveEntry(e);
                    zip.write(m.link().getBytes(StandardCharsets.UTF_8));
                } else {
                    e.setUnixMode((m.type() == TarConstants.LF_DIR ? 040000 : 0100000) | m.mode());
                    zip.putArchiveEntry(e);
                    zip.write(m.bytes());
                }
                zip.closeArchiveEntry();
            }
        }
        return file.toString();
    }
}
