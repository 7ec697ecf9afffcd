package org.osprey.sys.internal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Python's {@code sys.__stdin__}, {@code __stdout__} and {@code __stderr__}: the process's descriptors 0, 1 and 2,
 * which the JVM's first {@code System.in}, {@code out} and {@code err} wrote to (the JDK keeps no copy of those
 * objects once {@code System.setOut} replaces them). One of each for the JVM.
 */
final class StandardStreams {
    static final InputStream STDIN = new FileInputStream(FileDescriptor.in);
    static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            encoding("stdout"));
    static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            encoding("stderr"));

    private StandardStreams() {
    }

    /** The encoding the JDK gave {@code System.out}/{@code err}: the console's, else the platform's. */
    private static Charset encoding(String stream) {
        for (String property : new String[] {stream + ".encoding", "sun." + stream + ".encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }
}
