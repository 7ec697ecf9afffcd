package org.osprey.os.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The "no provider" message names the provider for the OS at hand: osprey-windows on Windows, osprey-posix elsewhere. */
class ProviderAdviceTest {
    @Test
    void windowsIsToldOfTheWindowsProviderEveryOtherOsOfThePosixOne() {
        assertEquals("Add the provider module org.osprey.windows (Maven artifact org.osprey:osprey-windows) to the "
                + "class path or module path; in an OSGi framework, start the org.osprey.windows bundle and "
                + "Declarative Services.", ProviderChoice.advice("Windows 11"));
        for (String os : new String[] {"Linux", "Mac OS X", "FreeBSD", null}) {
            assertEquals("Add the provider module org.osprey.posix (Maven artifact org.osprey:osprey-posix) to the "
                    + "class path or module path; in an OSGi framework, start the org.osprey.posix bundle and "
                    + "Declarative Services.", ProviderChoice.advice(os));
        }
    }
}
