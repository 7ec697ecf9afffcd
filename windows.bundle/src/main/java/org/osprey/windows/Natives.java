package org.osprey.windows;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.win32.W32APIOptions;

/**
 * The Windows libraries, each loaded on its first use: nothing here runs while the provider is only built and
 * asked whether it is usable, so on another OS no Windows library is ever looked for.
 */
final class Natives {
    private Natives() {
    }

    /** {@return jna-platform's Kernel32 mapping} */
    static Kernel32 kernel32() {
        return Kernel32Holder.INSTANCE;
    }

    /** {@return the Kernel32 calls jna-platform does not map} */
    static Kernel kernel() {
        return KernelHolder.INSTANCE;
    }

    /** {@return the Universal C runtime's descriptor calls, CPython's integer descriptors} */
    static Ucrt ucrt() {
        return UcrtHolder.INSTANCE;
    }

    /** {@return {@code advapi32.dll}'s security descriptor call} */
    static Advapi advapi() {
        return AdvapiHolder.INSTANCE;
    }

    /** {@return {@code bcrypt.dll}'s random generator} */
    static BCrypt bcrypt() {
        return BCryptHolder.INSTANCE;
    }

    private static final class AdvapiHolder {
        static final Advapi INSTANCE = Native.load("advapi32", Advapi.class, W32APIOptions.UNICODE_OPTIONS);
    }

    private static final class BCryptHolder {
        static final BCrypt INSTANCE = Native.load("bcrypt", BCrypt.class, W32APIOptions.UNICODE_OPTIONS);
    }

    private static final class Kernel32Holder {
        static final Kernel32 INSTANCE = Kernel32.INSTANCE;
    }

    private static final class KernelHolder {
        static final Kernel INSTANCE = Native.load("kernel32", Kernel.class, W32APIOptions.UNICODE_OPTIONS);
    }

    private static final class UcrtHolder {
        static final Ucrt INSTANCE = Native.load("ucrtbase", Ucrt.class);
    }
}
