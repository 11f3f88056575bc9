package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley timeline --from OUT --actor NAME|CODE [--story ID]}: the events an actor took part in, in date
 * order, with who did what to whom, a quotation of the source where the article has one, and the articles
 * that tell it. Printed, and written as JSON.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the dated events of an actor (name or actor code), optionally within one story, and write them as JSON.")
public final class TimelineCommand implements Callable<Integer> {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}(/[A-Z]{3})?");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "OUT", description = "An analysis output folder.")
    Path from;

    @Option(names = "--actor", required = true, paramLabel = "NAME|CODE",
            description = "An entity name or spelling (Macron), or an actor code (RUS, FRA/GOV).")
    String actor;

    @Option(names = "--story", paramLabel = "ID", description = "Only the events of this story (stories.jsonl).")
    String story;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the JSON (default: OUT/timeline.json).")
    Path json;

    @Option(names = "--main-only", description = "Leave out BACKGROUND events (named while a sentence reports another event;"
            + " by default they are listed, marked [background]).")
    boolean mainOnly;

    /** One line of the timeline. */
    record Entry(String date, boolean dateEstimated, String event, String type, String cameo, Integer quadClass, Double goldstein,
                 List<String> source, List<String> target, boolean negated, boolean hypothetical, String salience, String sentence,
                 Map<String, String> quote, List<String> articles, String story) {}

    @Override public Integer call() throws IOException {
        if (!Files.isDirectory(from)) throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is not a folder");
        List<Entry> entries = timeline(new ResultFolder(from), actor, story);
        if (mainOnly) entries = entries.stream().filter(e -> !"BACKGROUND".equals(e.salience())).toList();
        print(entries, System.out, actor, story);
        Path out = json != null ? json : from.resolve("timeline.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                .writeValue(out.toFile(), Map.of("actor", actor, "story", story == null ? "" : story, "events", entries));
        System.err.println("parley: " + entries.size() + " events -> " + out);
        return entries.isEmpty() ? 1 : 0;
    }

    static List<Entry> timeline(ResultFolder folder, String actor, String storyId) throws IOException {
        boolean byCode = CODE.matcher(actor).matches();
        Set<String> entityIds = new HashSet<>();
        if (!byCode) {
            String q = actor.toLowerCase(Locale.ROOT);
            for (JsonNode e : folder.read("entities.jsonl")) {
                boolean hit = e.path("name").asText().toLowerCase(Locale.ROOT).contains(q);
                for (JsonNode v : e.path("variants")) hit |= v.asText().toLowerCase(Locale.ROOT).contains(q);
                if (hit) entityIds.add(e.path("id").asText());
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        Set<String> storyEvents = null;
        for (JsonNode s : folder.read("stories.jsonl")) {
            for (JsonNode a : s.path("articles")) storyOf.put(a.asText(), s.path("id").asText());
            if (s.path("id").asText().equals(storyId)) {
                storyEvents = new HashSet<>();
                for (JsonNode e : s.path("events")) storyEvents.add(e.asText());
            }
        }
        if (storyId != null && storyEvents == null) throw new IllegalArgumentException("no story " + storyId + " in " + folder.dir());
        Map<String, ResultFolder.ArticleDate> dates = folder.articleDates();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode a : folder.read("articles.jsonl")) texts.put(a.path("id").asText(), a.path("text").asText());
        Map<String, List<JsonNode>> quotes = new HashMap<>();
        for (JsonNode q : folder.read("quotes.jsonl")) quotes.computeIfAbsent(q.path("article").asText(), k -> new ArrayList<>()).add(q);

        List<Entry> out = new ArrayList<>();
        for (JsonNode e : folder.read("events.jsonl")) {
            if (storyEvents != null && !storyEvents.contains(e.path("id").asText())) continue;
            if (!involves(e.path("source"), byCode, actor, entityIds) && !involves(e.path("target"), byCode, actor, entityIds)) continue;
            List<String> articles = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) if (!articles.contains(m.path("article").asText())) articles.add(m.path("article").asText());
            String date = ResultFolder.text(e.path("date"));
            boolean estimated = false;
            if (date == null || !date.matches("\\d{4}.*")) {
                // no date of its own: the earliest article telling it
                date = null;
                for (String a : articles) {
                    ResultFolder.ArticleDate d = dates.get(a);
                    if (d != null && (date == null || d.date().compareTo(date) < 0)) {
                        date = d.date();
                        estimated = d.estimated();
                    }
                }
            } else {
                ResultFolder.ArticleDate d = articles.isEmpty() ? null : dates.get(articles.get(0));
                // resolved against the publication date: as estimated as that date
                estimated = d != null && d.estimated();
            }
            JsonNode m0 = e.path("mentions").path(0);
            String text = texts.get(m0.path("article").asText());
            String sentence = null;
            if (text != null && m0.path("sentence").isArray()) {
                sentence = text.substring(m0.path("sentence").get(0).asInt(), m0.path("sentence").get(1).asInt()).replaceAll("\\s+", " ").strip();
            }
            out.add(new Entry(date, estimated, e.path("id").asText(), e.path("type").asText(), ResultFolder.text(e.path("cameo")),
                    e.path("quad_class").isInt() ? e.path("quad_class").asInt() : null,
                    e.path("goldstein").isNumber() ? e.path("goldstein").asDouble() : null,
                    actors(e.path("source")), actors(e.path("target")), e.path("negated").asBoolean(),
                    e.path("hypothetical").asBoolean(), e.path("salience").asText("MAIN"), sentence, quote(e, quotes), articles,
                    articles.isEmpty() ? null : storyOf.get(articles.get(0))));
        }
        out.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Entry::event));
        return out;
    }

    private static boolean involves(JsonNode list, boolean byCode, String actor, Set<String> ids) {
        for (JsonNode a : list) {
            if (byCode) {
                String code = a.path("country").asText("") + (a.path("sector").isTextual() ? "/" + a.path("sector").asText() : "");
                if (code.equals(actor) || (!actor.contains("/") && a.path("country").asText("").equals(actor))) return true;
            } else if (ids.contains(a.path("entity").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> actors(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : list) {
            String code = a.path("country").isTextual() ? a.path("country").asText() + (a.path("sector").isTextual() ? "/" + a.path("sector").asText() : "") : null;
            out.add(a.path("text").asText().replaceAll("\\s+", " ") + (code == null ? "" : " (" + code + ")"));
        }
        return out;
    }

    /**
     * A quotation of the event's source that overlaps the event's own sentence, or null: a quotation from
     * elsewhere in the article would stand under the event as if it told it (the sentence is shown instead).
     */
    static Map<String, String> quote(JsonNode e, Map<String, List<JsonNode>> quotes) {
        Set<String> sources = new HashSet<>();
        for (JsonNode s : e.path("source")) if (s.path("entity").isTextual()) sources.add(s.path("entity").asText());
        for (JsonNode m : e.path("mentions")) {
            int ss = m.path("sentence").path(0).asInt(), se = m.path("sentence").path(1).asInt();
            for (JsonNode q : quotes.getOrDefault(m.path("article").asText(), List.of())) {
                if (!sources.contains(q.path("speaker").path("entity").asText())) continue;
                int qs = q.path("content").path("start").asInt(), qe = q.path("content").path("end").asInt();
                if (qs < se && ss < qe) return quoteMap(q);
            }
        }
        return null;
    }

    private static Map<String, String> quoteMap(JsonNode q) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", q.path("id").asText());
        m.put("speaker", q.path("speaker").path("name").asText());
        m.put("text", q.path("content").path("text").asText().replaceAll("\\s+", " ").strip());
        m.put("article", q.path("article").asText());
        return m;
    }

    static void print(List<Entry> entries, PrintStream out, String actor, String story) {
        out.println("Timeline of " + actor + (story == null ? "" : " in story " + story) + " (" + entries.size() + " events; ~ = date estimated)");
        for (Entry e : entries) {
            String date = e.date() == null ? "undated   " : (e.dateEstimated() ? "~" : " ") + e.date();
            String flags = (e.negated() ? " [negated]" : "") + (e.hypothetical() ? " [hypothetical]" : "")
                    + ("BACKGROUND".equals(e.salience()) ? " [background]" : "");
            out.printf(Locale.ROOT, "%-12s %-9s %s -> %s%s%n", date, e.type(), join(e.source()), join(e.target()), flags);
            if (e.quote() != null) out.printf("             \"%s\" (%s)%n", clip(e.quote().get("text"), 140), e.quote().get("speaker"));
            else if (e.sentence() != null) out.printf("             %s%n", clip(e.sentence(), 140));
            out.printf("             %s%s%n", String.join(", ", e.articles()), e.story() == null ? "" : "  [story " + e.story() + "]");
        }
    }

    private static String join(List<String> l) { return l.isEmpty() ? "-" : String.join(" + ", l); }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
