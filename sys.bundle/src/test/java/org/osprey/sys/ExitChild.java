package org.osprey.sys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** A program that {@link ExitTest} runs in a JVM of its own, to watch {@code sys.exit} end it. */
public final class ExitChild {
    private ExitChild() {
    }

    public static void main(String[] args) {
        Sys sys = Sys.get();
        Runnable unregistered = () -> System.out.println("never");
        sys.atexitRegister(() -> System.out.println("first registered"));
        sys.atexitRegister(unregistered);
        sys.atexitRegister(() -> {
            throw new IllegalStateException("boom");
        });
        sys.atexitRegister(() -> System.out.println("last registered"));
        sys.atexitUnregister(unregistered);
        switch (args[0]) {
            case "status" -> {
                System.out.println("argv " + sys.argv());
                sys.exit(3);
                System.out.println("after exit");
            }
            case "message" -> sys.exit("bad things");
            case "return" -> System.out.println("main returns");
            case "streams" -> {
                PrintStream original = System.out;
                sys.stdout(new PrintStream(new ByteArrayOutputStream(), true));
                System.out.println("swallowed");
                sys.__stdout__().println("to descriptor 1");
                sys.stdout(original);
                System.out.println("defaultencoding " + sys.getdefaultencoding());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
