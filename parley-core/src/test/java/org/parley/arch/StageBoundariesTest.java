package org.parley.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules, checked on the sources of every module: no stage imports (or names by its qualified name)
 * another stage's {@code internal} package (what is shared is promoted to a public package), no stage reads another
 * stage's resource folder, and every public package of parley-core is exported by its module-info while no
 * {@code internal} one is.
 */
class StageBoundariesTest {
    /** An import of, or a qualified reference to, a class of an internal package (a classpath module sees them all). */
    private static final Pattern IMPORT = Pattern.compile("\\borg\\.parley\\.([a-z0-9.]+?)\\.internal\\.[A-Za-z]");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.parley\\.([a-z0-9.]+);", Pattern.MULTILINE);

    @Test void noStageImportsAnotherStagesInternals() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path root : sourceRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    Matcher pkg = PACKAGE.matcher(src);
                    String own = pkg.find() ? pkg.group(1).replaceAll("\\.internal(\\..*)?$", "") : "";
                    Matcher m = IMPORT.matcher(src);
                    while (m.find()) if (!m.group(1).equals(own)) violations.add(root.relativize(f) + " imports " + m.group(1) + ".internal");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static final Pattern RESOURCE = Pattern.compile("\"/org/parley/([a-z0-9]+)/");

    /**
     * Knowledge files are a stage's own ({@code org/parley/<stage>/}) or shared ({@code org/parley/knowledge/}, beside
     * TsvLoader): no class of parley-core reads another stage's resource folder.
     */
    @Test void noStageReadsAnotherStagesResources() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(src);
                String own = pkg.find() ? pkg.group(1).split("\\.")[0] : "";
                Matcher m = RESOURCE.matcher(src);
                while (m.find()) {
                    String folder = m.group(1);
                    if (!folder.equals(own) && !folder.equals("knowledge")) violations.add(main.relativize(f) + " reads org/parley/" + folder + "/");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test void moduleInfoExportsThePublicPackagesAndNoInternalOne() throws IOException {
        Path main = Path.of("src/main/java");
        String moduleInfo = Files.readString(main.resolve("module-info.java"));
        assertThat(moduleInfo).doesNotContainPattern("exports [a-z.]*internal");
        try (Stream<Path> dirs = Files.walk(main.resolve("org/parley"))) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> fs = Files.list(d)) { hasJava = fs.anyMatch(p -> p.toString().endsWith(".java")); }
                String pkg = main.relativize(d).toString().replace('/', '.');
                if (!hasJava || pkg.contains("internal")) continue;
                assertThat(moduleInfo).as("module-info exports " + pkg).contains("exports " + pkg + ";");
            }
        }
    }

    /** This module's sources and its siblings' (the test runs with parley-core as working directory). */
    private static List<Path> sourceRoots() throws IOException {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path m : modules.toList()) {
                Path src = m.resolve("src/main/java");
                if (m.getFileName().toString().startsWith("parley-") && Files.isDirectory(src)) roots.add(src);
            }
        }
        assertThat(roots).isNotEmpty();
        return roots;
    }
}
