package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.DirEntry;
import org.osprey.os.FwalkEntry;
import org.osprey.os.WalkEntry;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.OpenFds;

/**
 * The {@code stream()} views of {@code walk}, {@code fwalk} and {@code scandir}: lazy, and holding no descriptor
 * once the stream is closed (try-with-resources), consumed to the end, or left by an exception in the pipeline.
 */
public abstract class StreamsKit extends ProviderKit {
    protected StreamsKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;
    private String top;

    /** top/{a,b,c}/{x,y}/ with a file in each directory. */
    @BeforeEach
    void tree() throws Exception {
        assumeTrue(OpenFds.available(), "descriptors are counted in /proc/self/fd");
        Path root = tmp.toRealPath().resolve("top");
        for (String d : List.of("a", "b", "c")) {
            for (String sub : List.of("x", "y")) {
                Files.createDirectories(root.resolve(d).resolve(sub));
                Files.writeString(root.resolve(d).resolve(sub).resolve("f"), "f");
            }
            Files.writeString(root.resolve(d).resolve("f"), "f");
        }
        top = root.toString();
    }

    private List<String> openUnderTop() {
        return OpenFds.under(Path.of(top));
    }

    @Test
    void walkStreamListsEachDirectoryWhenThePipelineGetsThereAndHoldsNothingBetween() {
        List<String> heldBetweenSteps = new ArrayList<>();
        List<WalkEntry> steps = os.walk(top).stream().peek(step -> {
            heldBetweenSteps.addAll(openUnderTop());
            if (step.dirpath().equals(top)) {
                // not yet listed: the walk sees it only if it reads c when the pipeline reaches c
                write(top + "/c/late");
            }
        }).toList();
        assertEquals(List.of(), heldBetweenSteps);
        WalkEntry c = steps.stream().filter(s -> s.dirpath().equals(top + "/c")).findFirst().orElseThrow();
        assertTrue(c.filenames().contains("late"), "the stream is lazy: " + c);
        assertEquals(10, steps.size());
    }

    @Test
    void walkStreamPrunesLikeALoop() {
        List<String> dirs = os.walk(top).stream().peek(step -> step.dirnames().remove("b"))
                .map(WalkEntry::dirpath).toList();
        assertFalse(dirs.stream().anyMatch(d -> d.startsWith(top + "/b")), dirs.toString());
        assertEquals(7, dirs.size(), dirs.toString());
    }

    @Test
    void fwalkStreamClosedEarlyClosesItsDescriptors() throws Exception {
        supported().fwalk();
        List<String> midWalk = new ArrayList<>();
        try (Stream<FwalkEntry> walk = os.fwalk(top).stream()) {
            Optional<FwalkEntry> deep = walk.peek(step -> midWalk.addAll(openUnderTop()))
                    .filter(step -> step.dirpath().endsWith("/x")).findFirst();
            assertTrue(deep.isPresent());
            assertFalse(openUnderTop().isEmpty(), "the walk holds a descriptor per level until it is closed");
        }
        assertFalse(midWalk.isEmpty(), "descriptors were open during the walk");
        assertEquals(List.of(), openUnderTop());
    }

    @Test
    void fwalkStreamConsumedToTheEndClosesItsDescriptorsUnclosed() throws Exception {
        supported().fwalk();
        assertEquals(10, os.fwalk(top).stream().count());
        assertEquals(List.of(), openUnderTop());
    }

    @Test
    void anExceptionInTheFwalkPipelineLeavesNoDescriptorOpen() throws Exception {
        supported().fwalk();
        AtomicInteger seen = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Stream<FwalkEntry> walk = os.fwalk(top).stream()) {
                walk.forEach(step -> {
                    if (seen.incrementAndGet() == 3) {
                        throw new IllegalStateException("stop at " + step.dirpath());
                    }
                });
            }
        });
        assertTrue(thrown.getMessage().startsWith("stop at " + top + "/"), thrown.getMessage());
        assertEquals(List.of(), openUnderTop());
    }

    @Test
    void scandirStreamClosedEarlyOrByAnExceptionClosesTheDirectory() throws Exception {
        try (Stream<DirEntry> entries = os.scandir(top).stream()) {
            assertTrue(entries.findFirst().isPresent());
            assertFalse(openUnderTop().isEmpty(), "the directory stays open until the stream is closed");
        }
        assertEquals(List.of(), openUnderTop());
        assertThrows(IllegalStateException.class, () -> {
            try (Stream<DirEntry> entries = os.scandir(top).stream()) {
                entries.forEach(e -> {
                    throw new IllegalStateException(e.name());
                });
            }
        });
        assertEquals(List.of(), openUnderTop());
        assertEquals(List.of("a", "b", "c"), os.scandir(top).stream().map(DirEntry::name).sorted().toList());
        assertEquals(List.of(), openUnderTop(), "consumed to the end, unclosed");
    }

    private static void write(String path) {
        try {
            Files.writeString(Path.of(path), "late");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
