package org.osprey.platform.internal;

import java.nio.file.Path;

import org.osprey.platform.JavaVer;
import org.osprey.platform.PythonBuild;
import org.osprey.platform.VersionTuple;

/** What Python's {@code platform} says of the running Python, said of the running Java runtime. */
final class JavaRuntime {
    private JavaRuntime() {
    }

    static String property(String name) {
        return System.getProperty(name, "");
    }

    /** The running JVM's {@code java} binary, Python's {@code sys.executable}. */
    static String executable() {
        return ProcessHandle.current().info().command().orElseGet(() -> Path.of(property("java.home"), "bin",
                property("os.name").startsWith("Windows") ? "java.exe" : "java").toString());
    }

    /** The JVM's pointer size, Python's {@code struct.calcsize('P') * 8}. */
    static String pointerBits() {
        String model = property("sun.arch.data.model");
        if (model.equals("32") || model.equals("64")) {
            return model + "bit";
        }
        return property("os.arch").contains("64") ? "64bit" : "32bit";
    }

    static VersionTuple versionTuple() {
        Runtime.Version v = Runtime.version();
        return new VersionTuple(Integer.toString(v.feature()), Integer.toString(v.interim()),
                Integer.toString(v.update()));
    }

    static PythonBuild build() {
        return new PythonBuild(Runtime.version().build().map(String::valueOf).orElse(""),
                property("java.version.date"));
    }

    static String revision() {
        return Runtime.version().optional().orElse("");
    }

    static JavaVer javaVer() {
        return new JavaVer(property("java.version"), property("java.vendor"),
                new JavaVer.VmInfo(property("java.vm.name"), property("java.vm.version"),
                        property("java.vm.vendor")),
                new JavaVer.OsInfo(property("os.name"), property("os.version"), property("os.arch")));
    }
}
