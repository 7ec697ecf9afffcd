package org.osprey.os.path;

import java.util.List;
import java.util.Map;

/**
 * A process pinned to one scenario of the golden data: the working directory, environment, user id and user
 * database that the generator gave CPython.
 */
final class FixedProcessEnv implements ProcessEnv {
    private final String cwd;
    private final Map<String, String> environ;
    private final long uid;
    private final List<List<Object>> passwd;

    @SuppressWarnings("unchecked")
    FixedProcessEnv(Map<String, Object> scenario) {
        this.cwd = (String) scenario.get("cwd");
        this.environ = (Map<String, String>) (Map<String, ?>) scenario.get("environ");
        this.uid = (Long) scenario.get("uid");
        this.passwd = (List<List<Object>>) (List<?>) scenario.get("passwd");
    }

    @Override
    public String getcwd() {
        return cwd;
    }

    @Override
    public String getenv(String key) {
        return environ.get(key);
    }

    @Override
    public String home() {
        return passwd.stream().filter(e -> e.get(1).equals(uid)).map(e -> (String) e.get(2)).findFirst()
                .orElse(null);
    }

    @Override
    public String home(String user) {
        return passwd.stream().filter(e -> e.get(0).equals(user)).map(e -> (String) e.get(2)).findFirst()
                .orElse(null);
    }
}
