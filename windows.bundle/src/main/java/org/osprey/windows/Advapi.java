package org.osprey.windows;

import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/** The one {@code advapi32.dll} call jna-platform's {@code Advapi32} lacks: CPython's {@code os.mkdir} makes it. */
interface Advapi extends StdCallLibrary {
    /** {@code SDDL_REVISION_1} (sddl.h). */
    int SDDL_REVISION_1 = 1;

    /** The descriptor it stores in {@code descriptor} is the caller's to {@code LocalFree}. */
    boolean ConvertStringSecurityDescriptorToSecurityDescriptorW(WString sddl, int revision,
            PointerByReference descriptor, IntByReference size);
}
