package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.platform.Platform;
import org.osprey.sys.Sys;
import org.osprey.testing.Python;

/** The {@code platform} and {@code sys} scopes on the real machine, CPython 3.13's {@code -m platform} the oracle. */
class PlatformSysCommandsTest {
    private final Os os = Os.get();
    private final PlatformCommands platform = new PlatformCommands(Platform.of(os));
    private final SysCommands sys = new SysCommands(Sys.of(os));

    @Test
    void platformPrintsWhatPythonsModuleDoes() {
        Python.Interpreter python = Python.require313();
        assertEquals(python.run("import runpy, sys; sys.argv = ['platform']; runpy.run_module('platform', "
                + "run_name='__main__')").strip(), platform.platform());
        assertEquals(python.run("import platform; print(platform.platform(aliased=True, terse=True))").strip(),
                platform.platform("terse"));
        assertThrows(IllegalArgumentException.class, () -> platform.platform("bogus"));
    }

    @Test
    void keyValueListings() throws Exception {
        assertTrue(platform.uname().lines().anyMatch(l -> l.matches("system +" + Platform.of(os).system())),
                platform.uname());
        assertTrue(platform.architecture().contains("ELF"), platform.architecture());
        assertTrue(platform.freedesktop_os_release().lines().anyMatch(l -> l.startsWith("ID ")));
        assertTrue(platform.java_ver().contains(System.getProperty("java.version")));
        assertTrue(platform.libc_ver().startsWith("lib"), platform.libc_ver());
    }

    @Test
    void sysScope() {
        assertEquals(Python.run("import sys; print(sys.platform, sys.byteorder)").strip(),
                sys.platform() + " " + sys.byteorder());
        assertTrue(sys.version_info().startsWith("sys.version_info(major=" + Runtime.version().feature() + ", "));
        assertTrue(sys.modules().lines().anyMatch(l -> l.startsWith("java.base ")), sys.modules());
    }
}
