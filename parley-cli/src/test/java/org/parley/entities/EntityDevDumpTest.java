package org.parley.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.annotate.NamedMention;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.link.EntityLinker;
import org.parley.model.Article;
import org.parley.model.Entity;

class EntityDevDumpTest {
    @Test void dump() throws Exception {
        String dir = System.getProperty("dump.dir");
        if (dir == null) return;
        Parley parley = Parley.builder().annotator(new CoreNlpAnnotator()).build();
        EntityLinker linker = new EntityLinker();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir))) { files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
        for (Path p : files) {
            String text = Files.readString(p);
            Article a = new Article(p.getFileName().toString(), p.toString(), null, null, null, null, null, "en", null, text, List.of(), null);
            ArticleAnalysis r = parley.analyze(a);
            System.out.println("=== " + a.id() + " " + r.skippedReason());
            if (r.annotated() == null) continue;
            if (System.getProperty("dump.mentions") != null) for (NamedMention m : r.annotated().mentions()) System.out.println("   M " + m.type() + " [" + m.text().replace("\n", "\\n") + "]");
            for (ArticleEntity e : r.entities().entities()) {
                System.out.println("  " + e.localId() + " " + e.type() + " " + e.name() + " " + e.actor() + " " + e.variants() + " x" + e.spans().size());
            }
            Map<String, String> ids = linker.link(r.article(), r.entities());
        }
        System.out.println("=== GLOBAL");
        for (Entity e : linker.entities()) {
            System.out.println("  " + e.id() + " " + e.type() + " " + e.name() + " " + e.actor() + " " + e.variants() + " x" + e.mentions().size());
        }
    }
}
