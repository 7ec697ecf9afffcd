package org.osprey.subprocess.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;

/**
 * What {@link ProcessBuilder} cannot do, refused before any child starts with an
 * {@link UnsupportedOperationException} naming Python's option and why. The JDK starts a child with 0, 1 and 2
 * set up and every other descriptor closed, in the working directory and environment given, and nothing else.
 */
final class JdkRefusals {
    private final String provider;

    JdkRefusals(String provider) {
        this.provider = provider;
    }

    private UnsupportedOperationException refuse(String option, String why) {
        return new UnsupportedOperationException("Popen(" + option + ") through ProcessBuilder (provider " + provider
                + "): " + why);
    }

    void check(List<String> argv, PopenOptions<?> options) {
        if (options.executable() != null && !options.executable().equals(argv.get(0))) {
            throw refuse("executable=" + options.executable(), "the JDK runs the first element of its command as "
                    + "both the program and its argv[0], which cannot differ");
        }
        if (!options.passFds().isEmpty()) {
            throw refuse("pass_fds=" + options.passFds(), "the JDK cannot hand a descriptor to a child: it closes "
                    + "all but 0, 1 and 2");
        }
        if (!options.closeFds()) {
            throw refuse("close_fds=False", "the JDK closes every descriptor but 0, 1 and 2 in the child");
        }
        if (options.creationflags() != 0) {
            throw refuse("creationflags=0x" + Integer.toHexString(options.creationflags()), "the JDK passes no "
                    + "flags to CreateProcess");
        }
        if (options.startNewSession()) {
            throw refuse("start_new_session=True", "the JDK cannot call setsid() in the child");
        }
        if (options.processGroup() != null) {
            throw refuse("process_group=" + options.processGroup(), "the JDK cannot call setpgid() in the child");
        }
        if (options.umask() != null) {
            throw refuse("umask=0o" + Integer.toOctalString(options.umask()), "the JDK cannot set the child's umask");
        }
        String credentials = "the JDK cannot change the child's credentials";
        if (options.user() != null) {
            throw refuse("user=" + options.user(), credentials);
        }
        if (options.group() != null) {
            throw refuse("group=" + options.group(), credentials);
        }
        if (options.extraGroups() != null) {
            throw refuse("extra_groups=" + options.extraGroups(), credentials);
        }
        stream("stdin", 0, options.stdin());
        stream("stdout", 1, options.stdout());
        stream("stderr", 2, options.stderr());
        encodable(argv, options);
    }

    /** A descriptor is only ever the child's own 0, 1 or 2 inherited. */
    private void stream(String name, int target, Redirect r) {
        if (r instanceof Redirect.Fd fd && fd.fd() != target) {
            throw refuse(name + "=" + fd.fd(), "the JDK cannot hand a descriptor to a child; only " + name + "="
                    + target + " (this process's own, inherited) can be");
        }
    }

    /** The JDK encodes the command and environment in {@code sun.jnu.encoding}, replacing what it cannot. */
    private void encodable(List<String> argv, PopenOptions<?> options) {
        String encoding = System.getProperty("sun.jnu.encoding");
        CharsetEncoder encoder = (encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset()).newEncoder();
        List<String> strings = new ArrayList<>(argv);
        if (options.cwd() != null) {
            strings.add(options.cwd());
        }
        if (options.env() != null) {
            for (Map.Entry<String, String> e : options.env().entrySet()) {
                strings.add(e.getKey());
                strings.add(e.getValue());
            }
        }
        for (String s : strings) {
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("embedded null byte"); // CPython's ValueError
            }
            if (!encoder.canEncode(s)) {
                throw refuse("args/cwd/env holding " + org.osprey.os.PyRepr.repr(s), "the JDK encodes them in "
                        + encoder.charset() + " and would replace what it cannot (undecodable bytes as "
                        + "surrogateescape gave them)");
            }
        }
    }
}
