package org.osprey.kit;

import org.osprey.os.Os;

/** Run as a child JVM by {@link FilesKit}: chroots into {@code args[0]} and prints what "/" holds there. */
public final class ChrootChild {
    private ChrootChild() {
    }

    public static void main(String[] args) throws Exception {
        Os os = ChildJvm.os();
        os.listdir(args[0]); // loads the classes it needs, which are outside the jail
        os.chroot(args[0]);
        os.chdir("/");
        System.out.println(os.listdir("/"));
    }
}
