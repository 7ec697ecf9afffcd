package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.osprey.os.spi.OsProvider;

/**
 * The API's own tests run with no provider on the class path: {@link Os#get()} says so, alike on every call.
 * (itest's {@code NoProviderIT} checks the same in a JVM of its own, on the class path and on the module path.)
 */
class NoProviderTest {
    @Test
    void everyGetThrowsTheSameNoProviderExceptionNamingTheProviderToAdd() {
        assertTrue(ServiceLoader.load(OsProvider.class).findFirst().isEmpty(), "no provider on this class path");
        NoProviderException first = assertThrows(NoProviderException.class, Os::get);
        NoProviderException second = assertThrows(NoProviderException.class, Os::get);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().startsWith("No Osprey provider was found for "), first.getMessage());
        assertTrue(first.getMessage().contains("found no org.osprey.os.spi.OsProvider"), first.getMessage());
        assertTrue(first.getMessage().contains("Add the provider module org.osprey.posix (Maven artifact "
                + "org.osprey:osprey-posix)"), first.getMessage());
    }
}
