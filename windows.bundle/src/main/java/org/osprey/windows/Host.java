package org.osprey.windows;

/**
 * Whether this JVM runs on Windows, from system properties alone: asking must never load a Windows library.
 */
final class Host {
    private Host() {
    }

    /** {@return why the Windows provider cannot serve here, or {@code null} on Windows} */
    static String whyUnusable() {
        return whyUnusable(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static String whyUnusable(String osName, String arch) {
        if (!osName.startsWith("Windows")) {
            return "Windows provider: this is " + osName + "; it calls Kernel32 and the UCRT (ucrtbase.dll), which only "
                    + "Windows has";
        }
        if (!arch.equals("amd64") && !arch.equals("x86_64") && !arch.equals("aarch64")) {
            return "Windows provider: this is Windows on " + arch + "; it serves windows-x86_64 and windows-aarch64 "
                    + "(its structure layouts are the 64-bit ones)";
        }
        return null;
    }
}
