package org.osprey.os;

import java.util.Locale;
import java.util.Objects;

/**
 * The rules for the names of a platform's environment variables: which names {@code os.putenv} and
 * {@code os.environ} accept (Python's {@code ValueError}, an {@link IllegalArgumentException}), and the key under
 * which {@code os.environ} keeps a name. Each {@link Platform} names its own.
 */
public enum EnvironKeys {
    /** POSIX: names are case-sensitive; one must not be empty or hold {@code '='} (which ends a name there). */
    POSIX {
        @Override
        boolean isLegal(String key) {
            return !key.isEmpty() && key.indexOf('=') < 0;
        }

        @Override
        public String normalize(String key) {
            return key;
        }
    },
    /**
     * Windows: names are case-insensitive, and {@code os.environ} keeps them upper-cased ({@code environ['path']}
     * is {@code PATH}); a name may start with {@code '='}, as the hidden per-drive variables ({@code =C:}) do, but
     * hold none after that.
     */
    WINDOWS {
        @Override
        boolean isLegal(String key) {
            return !key.isEmpty() && key.indexOf('=', 1) < 0;
        }

        @Override
        public String normalize(String key) {
            return key.toUpperCase(Locale.ROOT);
        }
    };

    abstract boolean isLegal(String key);

    /**
     * The key {@code os.environ} keeps for {@code key}: Python's {@code encodekey} ({@code str.upper()} on Windows, the
     * name itself on POSIX).
     *
     * @param key a variable name
     * @return the name as stored
     */
    public abstract String normalize(String key);

    /**
     * {@code key}, if the platform takes it as a variable name.
     *
     * @param key a variable name
     * @return {@code key} itself
     * @throws IllegalArgumentException for an illegal name, or one holding a NUL (Python's {@code ValueError})
     */
    public String check(String key) {
        Objects.requireNonNull(key, "environment variable name is null");
        if (!isLegal(key)) {
            throw new IllegalArgumentException("illegal environment variable name: '" + key + "'");
        }
        if (key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character in environment variable name");
        }
        return key;
    }
}
