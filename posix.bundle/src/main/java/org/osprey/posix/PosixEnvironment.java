package org.osprey.posix;

import static org.osprey.posix.NativeSide.n;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.spi.Environment;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** The POSIX provider's {@link Environment} facet: environment variables and process ids. */
final class PosixEnvironment implements Environment {
    /** Guards the native environment, which setenv may reallocate under a reader. */
    private static final Object ENVIRON_LOCK = new Object();

    @Override
    public long getpid() {
        return n().libc().getpid();
    }

    @Override
    public long getppid() {
        return n().libc().getppid();
    }

    @Override
    public Map<String, String> environ() {
        Loaded n = n();
        Map<String, String> env = new LinkedHashMap<>();
        synchronized (ENVIRON_LOCK) {
            long array = n.natives().environ();
            for (long entry; array != 0 && (entry = n.natives().memory().getAddress(array)) != 0; array += Long.BYTES) {
                String pair = PathCodec.decodeCString(n.natives().memory(), entry);
                int eq = pair.indexOf('=');
                if (eq >= 0) {
                    env.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return env;
    }

    @Override
    public void putenv(String key, String value) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        synchronized (ENVIRON_LOCK) {
            if (n.libc().setenv(PathCodec.encode(key, s.path()), PathCodec.encode(value, s.path2()), 1) != 0) {
                throw n.errors().last(null);
            }
        }
    }

    @Override
    public void unsetenv(String key) throws OsException {
        Loaded n = n();
        synchronized (ENVIRON_LOCK) {
            if (n.libc().unsetenv(PathCodec.encode(key, Scratch.get().path())) != 0) {
                throw n.errors().last(null);
            }
        }
    }
}
