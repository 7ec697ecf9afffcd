package org.osprey.windows;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;

/** Windows handles: the invalid one, and closing. */
final class Handles {
    private Handles() {
    }

    /** {@return whether a call returned {@code INVALID_HANDLE_VALUE} (or no handle)} */
    static boolean invalid(WinNT.HANDLE handle) {
        return handle == null || handle.getPointer() == null || Pointer.nativeValue(handle.getPointer()) == -1;
    }

    /** {@return the handle of a value as {@code _get_osfhandle} gives it} */
    static WinNT.HANDLE of(long value) {
        return new WinNT.HANDLE(new Pointer(value));
    }

    /** {@return the handle's value, as {@code _open_osfhandle} takes it} */
    static long value(WinNT.HANDLE handle) {
        return Pointer.nativeValue(handle.getPointer());
    }

    /** Closes a handle the provider opened for one call; a failure there is not the call's failure. */
    static void close(WinNT.HANDLE handle) {
        Natives.kernel32().CloseHandle(handle);
    }
}
