package org.osprey.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The {@code python_*} functions and {@code java_ver} describe the running Java runtime. */
class JavaRuntimeTest {
    private final Platform platform = Platform.get();

    @Test
    void pythonFunctionsDescribeTheJavaRuntime() {
        Runtime.Version v = Runtime.version();
        assertEquals(new VersionTuple(String.valueOf(v.feature()), String.valueOf(v.interim()),
                String.valueOf(v.update())), platform.pythonVersionTuple());
        assertEquals(v.feature() + "." + v.interim() + "." + v.update(), platform.pythonVersion());
        assertEquals(System.getProperty("java.vm.name"), platform.pythonImplementation());
        assertEquals(System.getProperty("java.vm.info"), platform.pythonCompiler());
        assertEquals(v.build().map(String::valueOf).orElse(""), platform.pythonBuild().buildno());
        assertEquals(System.getProperty("java.version.date"), platform.pythonBuild().builddate());
        assertEquals(v.optional().orElse(""), platform.pythonRevision());
        assertEquals("", platform.pythonBranch());
        assertFalse(platform.pythonImplementation().isEmpty());
    }

    @Test
    void javaVerIsTheRuntimesProperties() {
        JavaVer j = platform.javaVer();
        assertEquals(System.getProperty("java.version"), j.release());
        assertEquals(System.getProperty("java.vendor"), j.vendor());
        assertEquals(new JavaVer.VmInfo(System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                System.getProperty("java.vm.vendor")), j.vminfo());
        assertEquals(new JavaVer.OsInfo(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch")), j.osinfo());
    }

    @Test
    void unameIsReadOncePerInstance() {
        assertSame(platform.uname(), platform.uname());
    }
}
