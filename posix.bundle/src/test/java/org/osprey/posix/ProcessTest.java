package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.osprey.kit.ProcessKit;

/** The kit's process, user database and system fact tests on the POSIX provider, which has all of Python's. */
class ProcessTest extends ProcessKit {
    ProcessTest() {
        super(new PosixProvider());
    }

    @Test
    void supportsHasAllThatPythonHas() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "python3 here runs on Linux");
        List<Set<String>> python = pythonSupports();
        List<Set<String>> ours = ourSupports();
        for (int i = 0; i < ours.size(); i++) {
            Set<String> theirs = new TreeSet<>(python.get(i));
            theirs.remove("execve"); // execve(fd), fexecve: not offered
            assertTrue(ours.get(i).containsAll(theirs), ours.get(i) + " has all of " + theirs);
        }
    }
}
