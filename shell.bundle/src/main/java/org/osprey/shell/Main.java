package org.osprey.shell;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The distribution's main program, which bnd's launcher calls on its main thread once the framework has started
 * (a {@code Callable} service with {@code main.thread=true}; its result is the process's exit status). With
 * arguments it runs them as one command and returns its status; without, Gogo's interactive shell on the console.
 * It is registered only once every command scope is (the references below), so a command never runs too early.
 */
@Component(service = Callable.class, property = "main.thread=true", reference = {
        @Reference(name = "os", service = OsCommands.class),
        @Reference(name = "shutil", service = ShutilCommands.class),
        @Reference(name = "glob", service = GlobCommands.class),
        @Reference(name = "fnmatch", service = FnmatchCommands.class),
        @Reference(name = "tempfile", service = TempfileCommands.class),
        @Reference(name = "filecmp", service = FilecmpCommands.class),
        @Reference(name = "subprocess", service = SubprocessCommands.class),
        @Reference(name = "osprey", service = OspreyCommands.class),
        @Reference(name = "platform", service = PlatformCommands.class),
        @Reference(name = "sys", service = SysCommands.class)})
public final class Main implements Callable<Integer> {
    private final CommandProcessor processor;
    private final String[] args;

    @Activate
    public Main(@Reference CommandProcessor processor,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        this.processor = processor;
        this.args = (String[]) launcher.get("launcher.arguments");
    }

    @Override
    public Integer call() throws Exception {
        // the process's own descriptors, as Gogo's console takes them: System.out is Gogo's per-thread stream
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try (CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err)) {
            if (args.length == 0) {
                session.execute("gosh --login --noshutdown");
                return 0;
            }
            return runOne(session, out, err);
        }
    }

    private int runOne(CommandSession session, PrintStream out, PrintStream err) {
        try {
            Object result = session.execute(CommandLine.of(session, args));
            if (result instanceof ExitStatus status) {
                return status.processStatus();
            }
            CharSequence text = result == null ? "" : session.format(result, Converter.INSPECT);
            if (text.length() > 0) {
                out.println(text);
            }
            return 0;
        } catch (Exception e) {
            out.flush();
            err.println(Failure.describe(e));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
