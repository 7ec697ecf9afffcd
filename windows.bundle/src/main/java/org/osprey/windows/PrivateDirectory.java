package org.osprey.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import org.osprey.os.OsException;

/**
 * CPython 3.13's {@code os.mkdir(path, 0o700)} on Windows (gh-118486): the directory is made with a protected
 * DACL that lets only SYSTEM, the Administrators and its owner in, and passes that on to what is made inside it;
 * {@code tempfile.mkdtemp} keeps its promise of a private directory by it.
 */
final class PrivateDirectory {
    /**
     * CPython's SDDL: a protected ({@code P}) DACL ({@code D}) whose inheritable ({@code OICI}) entries allow
     * ({@code A}) full control ({@code FA}) to SYSTEM ({@code SY}), Administrators ({@code BA}) and the owner
     * ({@code OW}).
     */
    static final String SDDL = "D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;OW)";
    /** The mode CPython gives this meaning, and it alone. */
    static final int MODE = 0700;

    private PrivateDirectory() {
    }

    /**
     * {@code CreateDirectoryW} with {@link #SDDL}'s descriptor, freed whatever happens. As CPython: a descriptor
     * that cannot be made or freed raises its winerror without a file name (a failed free wins over a failed
     * create); a failed create raises with {@code path}.
     */
    static void create(String path) throws OsException {
        PointerByReference descriptor = new PointerByReference();
        if (!Natives.advapi().ConvertStringSecurityDescriptorToSecurityDescriptorW(new WString(SDDL),
                Advapi.SDDL_REVISION_1, descriptor, new IntByReference())) {
            throw WinErrors.of(WinErrors.last(), null, null);
        }
        boolean created = false;
        int createError = WinErrors.ERROR_SUCCESS;
        try {
            WinBase.SECURITY_ATTRIBUTES attributes = new WinBase.SECURITY_ATTRIBUTES();
            attributes.dwLength = new WinDef.DWORD(attributes.size());
            attributes.lpSecurityDescriptor = descriptor.getValue();
            created = Natives.kernel().CreateDirectoryW(new WString(path), attributes);
            createError = created ? WinErrors.ERROR_SUCCESS : WinErrors.last();
        } finally {
            // LocalFree answers null when it freed the memory, the memory itself when it could not
            Pointer notFreed = Natives.kernel32().LocalFree(descriptor.getValue());
            if (notFreed != null) {
                throw WinErrors.of(WinErrors.last(), null, null);
            }
        }
        if (!created) {
            throw WinErrors.of(createError, path, null);
        }
    }
}
