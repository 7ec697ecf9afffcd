package org.osprey.os.path;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;

/**
 * What the path functions read of the running process other than files: the working directory
 * ({@code abspath}, {@code relpath}, {@code realpath}), the environment ({@code expandvars},
 * {@code expanduser}) and the user database ({@code expanduser}). A flavour made with an {@link Os} reads them
 * there; going through this seam lets the tests pin them to the values CPython saw.
 */
interface ProcessEnv {
    /** {@code os.getcwd()}. */
    String getcwd() throws OsException;

    /** {@code os.environ[key]}, or {@code null} if it is not set. */
    String getenv(String key);

    /** {@code os.environ.get(key, otherwise)}. */
    default String getenv(String key, String otherwise) {
        String value = getenv(key);
        return value == null ? otherwise : value;
    }

    /** {@code pwd.getpwuid(os.getuid()).pw_dir}, or {@code null} if the database has no such user. */
    String home() throws OsException;

    /** {@code pwd.getpwnam(user).pw_dir}, or {@code null} if the database has no such user. */
    String home(String user) throws OsException;

    /** The process as {@code os} sees it. */
    static ProcessEnv of(Os os) {
        return new ProcessEnv() {
            @Override
            public String getcwd() throws OsException {
                return os.getcwd();
            }

            @Override
            public String getenv(String key) {
                return os.getenv(key);
            }

            @Override
            public String home() throws OsException {
                return os.pwd().getpwuid(os.getuid()).map(Passwd::dir).orElse(null);
            }

            @Override
            public String home(String user) throws OsException {
                return os.pwd().getpwnam(user).map(Passwd::dir).orElse(null);
            }
        };
    }
}
