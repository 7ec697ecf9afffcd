package org.osprey.itest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.filecmp.Filecmp;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.linecache.Linecache;
import org.osprey.logging.Logging;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.os.Os;
import org.osprey.os.path.NtPath;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.PosixPath;
import org.osprey.platform.Platform;
import org.osprey.shutil.Shutil;
import org.osprey.subprocess.Subprocess;
import org.osprey.sys.Sys;
import org.osprey.tempfile.Tempfile;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;

/**
 * Every public method of a module type says in its javadoc which Python function it mirrors ({@code os.listdir},
 * or the function's own name, as {@code run(args, **options)} in {@code Subprocess}), or that it is an Osprey
 * extension. doclint, which {@code mvn verify} runs over every API bundle, makes sure each method has a comment;
 * this makes sure the comment points at Python. The sources are read from the checkout, as the README is.
 */
class PythonReferencesIT {
    /** The Python modules each type's comments may name. */
    private static final Map<Class<?>, List<String>> MODULES = Map.ofEntries(
            Map.entry(Os.class, List.of("os", "errno", "signal", "grp", "pwd", "stat", "sys", "nt", "posix", "_winapi", "msvcrt")),
            Map.entry(OsPath.class, List.of("os.path", "posixpath", "ntpath")),
            Map.entry(PosixPath.class, List.of("os.path", "posixpath")),
            Map.entry(NtPath.class, List.of("os.path", "ntpath")),
            Map.entry(Shutil.class, List.of("shutil")), Map.entry(Tempfile.class, List.of("tempfile")),
            Map.entry(Glob.class, List.of("glob")), Map.entry(Fnmatch.class, List.of("fnmatch", "re")),
            Map.entry(Filecmp.class, List.of("filecmp")), Map.entry(Linecache.class, List.of("linecache")),
            Map.entry(Subprocess.class, List.of("subprocess")), Map.entry(Mmap.class, List.of("mmap")),
            Map.entry(MemoryMap.class, List.of("mmap")), Map.entry(Platform.class, List.of("platform")),
            Map.entry(Sys.class, List.of("sys", "atexit")),
            Map.entry(Logging.class, List.of("logging")));

    @ParameterizedTest
    @ValueSource(classes = {Os.class, OsPath.class, PosixPath.class, NtPath.class, Shutil.class, Tempfile.class,
            Glob.class, Fnmatch.class, Filecmp.class, Linecache.class, Subprocess.class, Mmap.class, MemoryMap.class,
            Platform.class, Sys.class, Logging.class})
    void everyPublicMethodNamesThePythonFunctionItMirrors(Class<?> module) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjects(source(module)));
            DocTrees docs = DocTrees.instance(task);
            List<String> unreferenced = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree declaration : unit.getTypeDecls()) {
                    ClassTree type = (ClassTree) declaration;
                    for (Tree member : type.getMembers()) {
                        if (member instanceof MethodTree method && isFunction(type, method)) {
                            DocCommentTree doc = docs.getDocCommentTree(TreePath.getPath(unit, method));
                            if (doc == null ? !inheritsDoc(method)
                                    : !namesPython(doc.toString(), method, MODULES.get(module))) {
                                unreferenced.add(signature(method));
                            }
                        }
                    }
                }
            }
            assertEquals(List.of(), unreferenced,
                    module.getSimpleName() + ": public methods whose javadoc names no Python function");
        }
    }

    /** A public method, not a constructor nor the {@code get()}/{@code of(os)} that give the module itself. */
    private static boolean isFunction(ClassTree type, MethodTree method) {
        Set<Modifier> flags = method.getModifiers().getFlags();
        boolean api = type.getKind() == Tree.Kind.INTERFACE ? !flags.contains(Modifier.PRIVATE)
                : flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
        boolean accessor = flags.contains(Modifier.STATIC) && Set.of("get", "of").contains(method.getName().toString());
        return api && !accessor && !method.getName().contentEquals("<init>");
    }

    /** An override without a comment of its own shows the overridden one's, which is checked where it is. */
    private static boolean inheritsDoc(MethodTree method) {
        return method.getModifiers().getAnnotations().stream()
                .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
    }

    /** Names a function of one of {@code modules}, or the method's own Python name, or says it is Osprey's own. */
    private static boolean namesPython(String doc, MethodTree method, List<String> modules) {
        if (doc.contains("Osprey")) {
            return true;
        }
        String pythonName = method.getName().toString().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        return modules.stream().anyMatch(m -> doc.contains("{@code " + m + "."))
                || doc.toLowerCase(Locale.ROOT).contains("{@code " + pythonName);
    }

    private static String signature(MethodTree method) {
        return method.getName() + method.getParameters().stream().map(p -> p.getType().toString())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The type's source file in whichever module folder of the checkout holds it. */
    private static Path source(Class<?> type) throws IOException {
        String file = "src/main/java/" + type.getName().replace('.', '/') + ".java";
        try (Stream<Path> folders = Files.list(Path.of(".."))) {
            return folders.map(folder -> folder.resolve(file)).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IOException("no " + file + " in any folder of the checkout"));
        }
    }
}
