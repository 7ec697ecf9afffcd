package org.osprey.bench;

import java.util.ArrayDeque;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.openjdk.jmh.infra.Blackhole;
import org.osprey.os.DirEntry;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.WalkEntry;

/** The walks, shared by the JMH benchmarks and the whole-process program {@link WalkMain}. */
final class Walks {
    private Walks() {
    }

    /**
     * Entries below {@code top}, by scandir alone: each entry's name and {@code is_dir(follow_symlinks=False)},
     * the paths of directories pushed on a stack (the per-entry cost without os.walk's lists).
     */
    static long ospreyScandirTree(Os os, String top, Blackhole bh) throws OsException {
        long n = 0;
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.push(top);
        while (!todo.isEmpty()) {
            try (ScandirIterator it = os.scandir(todo.pop())) {
                for (DirEntry e : it) {
                    bh.consume(e.name());
                    n++;
                    if (e.isDir(false)) {
                        todo.push(e.path());
                    }
                }
            }
        }
        return n;
    }

    /** Entries below {@code top} (not counting it) that {@code os.walk} reports. */
    static long osprey(Os os, String top, Blackhole bh) {
        long n = 0;
        for (WalkEntry step : os.walk(top)) {
            bh.consume(step.dirpath());
            for (String d : step.dirnames()) {
                bh.consume(d);
            }
            for (String f : step.filenames()) {
                bh.consume(f);
            }
            n += step.dirnames().size() + step.filenames().size();
        }
        return n;
    }

    static long filesWalk(Path root, Blackhole bh) throws IOException {
        long[] n = {-1}; // Files.walk starts with the root itself
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> {
                bh.consume(p);
                n[0]++;
            });
        }
        return n[0];
    }

    static long walkFileTree(Path root, Blackhole bh) throws IOException {
        long[] n = {-1};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                bh.consume(dir);
                n[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                bh.consume(file);
                n[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                n[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return n[0];
    }
}
