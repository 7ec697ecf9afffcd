package org.osprey.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.apache.commons.io.FileUtils;
import org.osprey.shutil.Shutil;

/**
 * The JVM peers of the shutil and copyfile parts: Osprey, Commons IO and plain java.nio, each doing one
 * operation the way its users would write it. Shared by the warm in-process runs and the whole-process ones
 * ({@link ShutilMain}).
 */
enum TreeOps {
    /** {@code Shutil.get().copytree/rmtree/copyfile}. */
    OSPREY {
        private Shutil shutil;

        @Override
        void copytree(Path src, Path dst) throws IOException {
            shutil().copytree(src.toString(), dst.toString());
        }

        @Override
        void rmtree(Path path) throws IOException {
            shutil().rmtree(path.toString());
        }

        @Override
        void copyfile(Path src, Path dst) throws IOException {
            shutil().copyfile(src.toString(), dst.toString());
        }

        private Shutil shutil() {
            if (shutil == null) {
                shutil = Shutil.get();
            }
            return shutil;
        }
    },
    /** {@code FileUtils.copyDirectory(src, dst, true)} (dates preserved) and {@code FileUtils.deleteDirectory}. */
    COMMONSIO {
        @Override
        void copytree(Path src, Path dst) throws IOException {
            FileUtils.copyDirectory(src.toFile(), dst.toFile(), true);
        }

        @Override
        void rmtree(Path path) throws IOException {
            FileUtils.deleteDirectory(path.toFile());
        }

        @Override
        void copyfile(Path src, Path dst) throws IOException {
            FileUtils.copyFile(src.toFile(), dst.toFile());
        }
    },
    /** {@code Files.walkFileTree}: directories and files copied with {@code COPY_ATTRIBUTES}; deletes bottom-up. */
    NIO {
        @Override
        void copytree(Path src, Path dst) throws IOException {
            Files.walkFileTree(src, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.copy(dir, dst.resolve(src.relativize(dir)), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, dst.resolve(src.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    // creating the children moved the copy's mtime: put the source's back, as copy2 does
                    Files.setLastModifiedTime(dst.resolve(src.relativize(dir)), Files.getLastModifiedTime(dir));
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        @Override
        void rmtree(Path path) throws IOException {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        @Override
        void copyfile(Path src, Path dst) throws IOException {
            Files.copy(src, dst);
        }
    };

    abstract void copytree(Path src, Path dst) throws IOException;

    abstract void rmtree(Path path) throws IOException;

    abstract void copyfile(Path src, Path dst) throws IOException;

    /** The name used on the command line and in the result files: osprey, commonsio, nio. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TreeOps of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Entries below {@code top} and the bytes of its regular files, links not followed: a copy's check. */
    record Census(long entries, long bytes) {
        static Census of(Path top) throws IOException {
            long[] n = {-1, 0};
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    n[0]++;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    n[0]++;
                    n[1] += attrs.isRegularFile() ? attrs.size() : 0;
                    return FileVisitResult.CONTINUE;
                }
            });
            return new Census(n[0], n[1]);
        }
    }

    /** {@code rm -rf} (untimed cleanup; the same command for every tool). */
    static void remove(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            run("rm", "-rf", "--", path.toString());
        }
    }

    /** {@code cp -a}: the fresh tree every delete starts from. */
    static void freshCopy(Path src, Path dst) throws IOException {
        remove(dst);
        run("cp", "-a", "--", src.toString(), dst.toString());
    }

    private static void run(String... cmd) throws IOException {
        try {
            int rc = new ProcessBuilder(cmd).inheritIO().start().waitFor();
            if (rc != 0) {
                throw new IOException(String.join(" ", cmd) + ": exit " + rc);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
    }
}
