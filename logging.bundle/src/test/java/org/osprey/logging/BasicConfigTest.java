package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.Python;

/** basicConfig with its keyword arguments, force and its errors, against CPython. */
class BasicConfigTest extends LoggingState {
    @TempDir
    Path dir;

    /** The root logger without its handlers, which this test's restore does not bring back. */
    private void bareRoot() {
        for (Handler h : Logging.getLogger().handlers()) {
            Logging.getLogger().removeHandler(h);
        }
    }

    @Test
    void toAStreamWithPythonsDefaultFormatAndOnlyOnce() throws Exception {
        bareRoot();
        StringWriter out = new StringWriter();
        Logging.basicConfig(BasicConfig.DEFAULT.withStream(out));
        Logging.warning("one %s", 1);
        logger("x").error("two");
        StringWriter ignored = new StringWriter();
        Logging.basicConfig(BasicConfig.DEFAULT.withStream(ignored).withLevel("DEBUG"));
        Logging.info("not shown: the level was not set either");
        assertEquals("WARNING:root:one 1\nERROR:" + prefix + ".x:two\n", out.toString());
        assertEquals("", ignored.toString());
    }

    @Test
    void forceReplacesAndClosesTheHandlers() throws Exception {
        bareRoot();
        StringWriter first = new StringWriter();
        Logging.basicConfig(BasicConfig.DEFAULT.withStream(first));
        Handler old = Logging.getLogger().handlers().get(0);
        StringWriter second = new StringWriter();
        Logging.basicConfig(BasicConfig.DEFAULT.withStream(second).withForce(true).withStyle("{")
                .withFormat("{levelname}|{message}").withLevel(Logging.INFO));
        assertEquals(1, Logging.getLogger().handlers().size());
        assertEquals(true, ((StreamHandler) old).isClosed());
        assertEquals(Logging.INFO, Logging.getLogger().level());
        assertEquals("{levelname}|{message}", Logging.getLogger().handlers().get(0).formatter().fmt());
    }

    @Test
    void toAFileAsPython() throws Exception {
        bareRoot();
        Path log = dir.resolve("app.log");
        Files.writeString(log, "before\n");
        Logging.basicConfig(BasicConfig.DEFAULT.withFilename(log.toString()).withLevel(Logging.DEBUG)
                .withFormat("%(name)s %(levelname)s %(message)s"));
        FileHandler h = assertInstanceOf(FileHandler.class, Logging.getLogger().handlers().get(0));
        assertEquals("backslashreplace", h.errors());
        Logging.debug("d");
        logger("m").info("caf\u00e9");
        Path pyLog = dir.resolve("py.log");
        Files.writeString(pyLog, "before\n");
        Python.require313().run("import logging, sys\nlogging.basicConfig(filename=sys.argv[1], level=logging.DEBUG,"
                + " format='%(name)s %(levelname)s %(message)s')\nlogging.debug('d')\n"
                + "logging.getLogger(sys.argv[2] + '.m').info('caf\\u00e9')\n", pyLog.toString(), prefix);
        Logging.shutdown();
        assertEquals(Files.readString(pyLog, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void argumentsThatExcludeEachOtherAsPython() {
        bareRoot();
        List<String> expected = Python.require313().lines("import logging, io\n"
                + "for kw in [dict(stream=io.StringIO(), filename='x'), dict(stream=io.StringIO(), handlers=[]),"
                + " dict(filename='x', handlers=[]), dict(style='#')]:\n"
                + " try:\n  logging.basicConfig(**kw)\n except ValueError as e:\n  print(e)\n");
        List<BasicConfig> configs = List.of(BasicConfig.DEFAULT.withStream(new StringWriter()).withFilename("x"),
                BasicConfig.DEFAULT.withStream(new StringWriter()).withHandlers(List.of()),
                BasicConfig.DEFAULT.withFilename("x").withHandlers(List.of()), BasicConfig.DEFAULT.withStyle("#"));
        for (int i = 0; i < configs.size(); i++) {
            BasicConfig c = configs.get(i);
            assertEquals(expected.get(i),
                    assertThrows(IllegalArgumentException.class, () -> Logging.basicConfig(c)).getMessage());
        }
        assertEquals(List.of(), Logging.getLogger().handlers());
    }
}
