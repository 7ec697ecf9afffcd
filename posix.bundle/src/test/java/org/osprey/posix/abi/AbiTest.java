package org.osprey.posix.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Only the ABIs whose layouts are written out are served; anything else is refused, not guessed. */
class AbiTest {
    @Test
    void knownPlatforms() {
        assertEquals(Optional.of(Abi.LINUX_X86_64), Abi.of("Linux", "amd64"));
        assertEquals(Optional.of(Abi.LINUX_AARCH64), Abi.of("Linux", "aarch64"));
        assertEquals(Optional.of(Abi.DARWIN_AARCH64), Abi.of("Mac OS X", "aarch64"));
        assertEquals(Optional.of(Abi.DARWIN_X86_64), Abi.of("Mac OS X", "x86_64"));
        assertEquals(StatLayout.LINUX_AARCH64, Abi.LINUX_AARCH64.stat());
        assertEquals(StatLayout.DARWIN_INODE64, Abi.DARWIN_X86_64.stat());
    }

    @Test
    void unknownPlatformsAreRefused() {
        assertEquals(Optional.empty(), Abi.of("Linux", "riscv64"));
        assertEquals(Optional.empty(), Abi.of("Linux", "x86"));
        assertEquals(Optional.empty(), Abi.of("Windows 11", "amd64"));
        assertEquals(Optional.empty(), Abi.of("FreeBSD", "amd64"));
    }
}
