package org.osprey.windows;

import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_MOUNT_POINT;
import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_SYMLINK;

import com.sun.jna.Pointer;

/** A {@code REPARSE_DATA_BUFFER} as {@code FSCTL_GET_REPARSE_POINT} fills it, read as CPython's readlink does. */
final class ReparseData {
    private ReparseData() {
    }

    /**
     * {@return the link's substitute name, {@code \??\} written {@code \\?\}}
     *
     * @throws IllegalArgumentException for a reparse point that is neither a symlink nor a junction (Python's
     *         {@code ValueError: not a symbolic link})
     */
    static String substituteName(Pointer buffer) {
        int tag = buffer.getInt(0);
        long pathBuffer;
        int offset;
        int length;
        if (tag == IO_REPARSE_TAG_SYMLINK) {
            Structs.SymlinkReparseHeader h = new Structs.SymlinkReparseHeader(buffer);
            pathBuffer = h.size();
            offset = Short.toUnsignedInt(h.SubstituteNameOffset);
            length = Short.toUnsignedInt(h.SubstituteNameLength);
        } else if (tag == IO_REPARSE_TAG_MOUNT_POINT) {
            Structs.MountPointReparseHeader h = new Structs.MountPointReparseHeader(buffer);
            pathBuffer = h.size();
            offset = Short.toUnsignedInt(h.SubstituteNameOffset);
            length = Short.toUnsignedInt(h.SubstituteNameLength);
        } else {
            throw new IllegalArgumentException("not a symbolic link");
        }
        short[] units = buffer.getShortArray(pathBuffer + offset, length / 2); // WCHARs, whatever wchar_t is here
        char[] name = new char[units.length];
        for (int i = 0; i < units.length; i++) {
            name[i] = (char) units[i];
        }
        if (name.length > 4 && name[0] == '\\' && name[1] == '?' && name[2] == '?' && name[3] == '\\') {
            name[1] = '\\';
        }
        return new String(name);
    }
}
