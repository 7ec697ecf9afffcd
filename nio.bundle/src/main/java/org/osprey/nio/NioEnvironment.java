package org.osprey.nio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osprey.os.spi.Environment;

/**
 * A copy of the JVM's environment, taken when the provider is made, that {@code putenv} and {@code unsetenv}
 * change: the JDK cannot change the process's own. A child started with {@link ProcessBuilder} sees the changes
 * only if the caller puts {@code os.environ()} into its {@code environment()}.
 */
final class NioEnvironment implements Environment {
    private final Map<String, String> variables = new ConcurrentHashMap<>(System.getenv());

    @Override
    public long getpid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public long getppid() {
        // a parent the JDK cannot see has exited: the child was handed to init, as getppid(2) then says
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    }

    @Override
    public Map<String, String> environ() {
        return Map.copyOf(variables);
    }

    @Override
    public void putenv(String key, String value) {
        variables.put(key, value);
    }

    @Override
    public void unsetenv(String key) {
        variables.remove(key);
    }
}
