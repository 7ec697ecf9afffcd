package org.osprey.os;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The arguments of {@code _winapi.CreateProcess(application_name, command_line, proc_attrs, thread_attrs,
 * inherit_handles, creation_flags, env_mapping, current_directory, startup_info)} after the command line, with
 * the fields of {@code startup_info} that {@code subprocess} sets ({@code dwFlags}, {@code wShowWindow},
 * {@code hStdInput}, {@code hStdOutput}, {@code hStdError}); no security attributes ({@code subprocess} passes
 * {@code None}). Immutable: each {@code with} method returns a changed copy.
 *
 * @param applicationName the program to run, or {@code null} (Python's {@code None}): the command line's first
 *        word, looked up as {@code CreateProcessW} does
 * @param inheritHandles whether the child gets this process's inheritable handles ({@code bInheritHandles})
 * @param creationFlags {@code CREATE_*} bits, such as {@link Os#CREATE_NEW_PROCESS_GROUP}
 *        ({@code CREATE_UNICODE_ENVIRONMENT} is always added, as CPython does)
 * @param env the child's environment, or {@code null} (Python's {@code None}): this process's
 * @param currentDirectory the child's working directory, or {@code null} (Python's {@code None}): this process's
 * @param startupFlags {@code STARTUPINFO.dwFlags}, such as {@link Os#STARTF_USESTDHANDLES}
 * @param showWindow {@code STARTUPINFO.wShowWindow}, which Windows reads under {@code STARTF_USESHOWWINDOW}
 * @param stdInput {@code STARTUPINFO.hStdInput}, which Windows reads under {@code STARTF_USESTDHANDLES}
 * @param stdOutput {@code STARTUPINFO.hStdOutput}
 * @param stdError {@code STARTUPINFO.hStdError}
 */
public record CreateProcessOptions(String applicationName, boolean inheritHandles, int creationFlags,
        Map<String, String> env, String currentDirectory, int startupFlags, int showWindow, long stdInput,
        long stdOutput, long stdError) {
    private static final CreateProcessOptions DEFAULTS =
            new CreateProcessOptions(null, false, 0, null, null, 0, 0, 0, 0, 0);

    /**
     * The options; the environment is copied in its order (of two names equal but for case, the last is kept).
     *
     * @param applicationName the program, or {@code null}: the command line's first word
     * @param inheritHandles whether the child gets this process's inheritable handles
     * @param creationFlags {@code CREATE_*} bits
     * @param env the child's environment, or {@code null}: this process's
     * @param currentDirectory the child's working directory, or {@code null}: this process's
     * @param startupFlags {@code STARTUPINFO.dwFlags}
     * @param showWindow {@code STARTUPINFO.wShowWindow}
     * @param stdInput {@code STARTUPINFO.hStdInput}
     * @param stdOutput {@code STARTUPINFO.hStdOutput}
     * @param stdError {@code STARTUPINFO.hStdError}
     */
    public CreateProcessOptions {
        if (env != null) {
            Map<String, String> ordered = new LinkedHashMap<>();
            env.forEach((k, v) -> ordered.put(Objects.requireNonNull(k, "env key"), Objects.requireNonNull(v,
                    "env value")));
            env = Collections.unmodifiableMap(ordered);
        }
    }

    /** {@return {@code _winapi.CreateProcess}'s arguments as {@code subprocess} gives them with no keyword set} */
    public static CreateProcessOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy running {@code applicationName} rather than the command line's first word}
     *
     * @param applicationName the program's path
     */
    public CreateProcessOptions withApplicationName(String applicationName) {
        Objects.requireNonNull(applicationName, "applicationName");
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy whose child gets this process's inheritable handles, or not}
     *
     * @param inheritHandles {@code bInheritHandles}
     */
    public CreateProcessOptions withInheritHandles(boolean inheritHandles) {
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy with these {@code CREATE_*} bits}
     *
     * @param creationFlags {@code subprocess}'s {@code creationflags}
     */
    public CreateProcessOptions withCreationFlags(int creationFlags) {
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy whose child has this environment}
     *
     * @param env the variables, as {@code env_mapping}
     */
    public CreateProcessOptions withEnv(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy whose child starts in this directory}
     *
     * @param currentDirectory the directory, as {@code current_directory}
     */
    public CreateProcessOptions withCurrentDirectory(String currentDirectory) {
        Objects.requireNonNull(currentDirectory, "currentDirectory");
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy whose child's window is shown as {@code showWindow} says} ({@code STARTF_USESHOWWINDOW} set)
     *
     * @param showWindow an {@code SW_*} value, such as {@link Os#SW_HIDE}
     */
    public CreateProcessOptions withShowWindow(int showWindow) {
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags | Os.STARTF_USESHOWWINDOW, showWindow, stdInput, stdOutput, stdError);
    }

    /**
     * {@return a copy whose child's standard handles are these} ({@code STARTF_USESTDHANDLES} set); the child gets
     * them only if they are inheritable and {@link #inheritHandles} is set
     *
     * @param stdInput the child's standard input handle
     * @param stdOutput the child's standard output handle
     * @param stdError the child's standard error handle
     */
    public CreateProcessOptions withStdHandles(long stdInput, long stdOutput, long stdError) {
        return new CreateProcessOptions(applicationName, inheritHandles, creationFlags, env, currentDirectory,
                startupFlags | Os.STARTF_USESTDHANDLES, showWindow, stdInput, stdOutput, stdError);
    }
}
