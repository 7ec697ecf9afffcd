package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osprey.os.spi.OsProvider;

/** The environment is the process's: {@code os.environ} starts with what the JVM was started with. */
public abstract class EnvironKit extends ProviderKit {
    protected EnvironKit(OsProvider provider) {
        super(provider);
    }

    @Test
    void startsFromTheProcessEnvironment() {
        Map<String, String> env = os.environ();
        for (var e : System.getenv().entrySet()) {
            assertEquals(e.getValue(), env.get(e.getKey()), e.getKey());
        }
    }
}
