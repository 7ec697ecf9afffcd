package org.osprey.shell;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osprey.os.Os;

/**
 * The distribution's main program, which bnd's launcher calls on its main thread once the framework has started
 * (a {@code Callable} service with {@code main.thread=true}; its result is the process's exit status). Its
 * {@link Invocation arguments} choose the provider, then one command, a script file or Gogo's interactive shell on
 * the console. It is registered only once every command scope is (the references below), so a command never runs
 * too early.
 */
@Component(service = Callable.class, property = "main.thread=true", reference = {
        @Reference(name = "os", service = OsCommands.class),
        @Reference(name = "shutil", service = ShutilCommands.class),
        @Reference(name = "glob", service = GlobCommands.class),
        @Reference(name = "fnmatch", service = FnmatchCommands.class),
        @Reference(name = "tempfile", service = TempfileCommands.class),
        @Reference(name = "filecmp", service = FilecmpCommands.class),
        @Reference(name = "subprocess", service = SubprocessCommands.class),
        @Reference(name = "platform", service = PlatformCommands.class),
        @Reference(name = "sys", service = SysCommands.class),
        @Reference(name = "mmap", service = MmapCommands.class)})
public final class Main implements Callable<Integer> {
    private static final String PROMPT = "g! ";

    private final CommandProcessor processor;
    private final OspreyCommands osprey;
    private final String[] args;

    @Activate
    public Main(@Reference CommandProcessor processor, @Reference OspreyCommands osprey,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher) {
        this.processor = processor;
        this.osprey = osprey;
        this.args = (String[]) launcher.get("launcher.arguments");
    }

    @Override
    public Integer call() throws Exception {
        // the process's own descriptors, as Gogo's console takes them: System.out is Gogo's per-thread stream
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try (CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err)) {
            Invocation invocation;
            try {
                invocation = Invocation.parse(Arrays.asList(args), System.getProperty(Invocation.PROVIDER_PROPERTY));
                if (invocation.provider() != null) {
                    osprey.use(invocation.provider());
                }
            } catch (IllegalArgumentException e) {
                err.println(Failure.describe(e));
                return 2;
            }
            if (invocation.script() != null) {
                return runScript(session, invocation.script(), out, err);
            }
            if (invocation.command().isEmpty()) {
                return prompt(session, new FileInputStream(FileDescriptor.in), out, err);
            }
            Outcome outcome = run(session, CommandLine.of(session, invocation.command().toArray(String[]::new)), out);
            outcome.report(err);
            return outcome.status();
        }
    }

    /**
     * Runs the script's commands in order, one Gogo line each ({@code #} starts a comment line), and stops at the
     * first that fails, as {@code sh -e}: with its status, after saying where (Python's error line last, as in a
     * traceback).
     */
    private static int runScript(CommandSession session, Path script, PrintStream out, PrintStream err) {
        List<String> lines;
        try {
            Os.get().stat(script.toString()); // a missing script says so as Python does: [Errno 2] ...
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("osprey: can't open file '" + script + "': " + Failure.describe(e));
            return 2;
        }
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Outcome outcome = run(session, line, out);
            if (outcome.status() != 0) {
                err.println("osprey: " + script + ", line " + n + ": " + line);
                outcome.report(err);
                return outcome.status();
            }
        }
        return 0;
    }

    /**
     * The interactive shell: the loop of Gogo's console ({@code gosh}), with its {@code g!} prompt, {@code $_},
     * {@code $exception} and the {@code e} alias that prints its stack trace, except that an error prints as in
     * one-command mode, Python's line on stderr, where Gogo's console prints
     * {@code gogo: FileNotFoundOsException: ...} and has no hook to change that. Its {@code !} history is not
     * here. Ctrl-D (the end of the input) ends it with 0; Ctrl-C stops a long command ({@link Sigint}) or, with
     * none running, says {@code KeyboardInterrupt} and prompts again, as Python's prompt does.
     */
    private static int prompt(CommandSession session, InputStream in, PrintStream out, PrintStream err)
            throws Exception {
        session.execute("e = { $exception printStackTrace }");
        try (AutoCloseable ctrlC = Sigint.interactive(() -> {
            out.print("\nKeyboardInterrupt\n" + PROMPT); // the terminal has dropped the line being typed
            out.flush();
        })) {
            return loop(session, in, out, err);
        }
    }

    private static int loop(CommandSession session, InputStream in, PrintStream out, PrintStream err)
            throws Exception {
        for (String line; (line = readLine(in, out, PROMPT)) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Object result = session.execute(line);
                session.put("_", result);
                if (result != null) {
                    out.println(session.format(result, Converter.INSPECT));
                }
            } catch (Exception e) {
                session.put("exception", e);
                out.flush();
                err.println(Failure.describe(e));
            }
            out.flush();
            err.flush();
        }
        return 0;
    }

    /**
     * Prints the prompt and reads one line, byte by byte as Gogo's console does, so that no input meant for a
     * program the line runs ({@code subprocess:run cat}) is read ahead; null at the end of the input.
     */
    private static String readLine(InputStream in, PrintStream out, String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** How a Gogo line ended: its status, and Python's error line when it raised. */
    private record Outcome(int status, String error) {
        void report(PrintStream err) {
            if (error != null) {
                err.println(error);
                err.flush();
            }
        }
    }

    /** Runs one Gogo line, printing its result; a raised error becomes the outcome's error line. */
    private static Outcome run(CommandSession session, String line, PrintStream out) {
        try {
            Object result = session.execute(line);
            if (result instanceof ExitStatus status) {
                return new Outcome(status.processStatus(), null);
            }
            CharSequence text = result == null ? "" : session.format(result, Converter.INSPECT);
            if (text.length() > 0) {
                out.println(text);
            }
            return new Outcome(0, null);
        } catch (Exception e) {
            return new Outcome(e instanceof KeyboardInterrupt ? KeyboardInterrupt.STATUS : 1, Failure.describe(e));
        } finally {
            out.flush();
        }
    }
}
