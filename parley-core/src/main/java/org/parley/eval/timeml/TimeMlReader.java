package org.parley.eval.timeml;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML ({@code .tml}) files: a single file, a folder searched recursively, or a
 * {@code .tar.gz}/{@code .tgz} archive of them. Documents come back sorted by path so that a
 * "first N files" subset is stable.
 */
public final class TimeMlReader {
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");

    /** A document that could not be read, with the reason. */
    public record Failure(String name, String reason) {}

    /** The documents read and the files that failed. */
    public record Result(List<TimeMlDocument> documents, List<Failure> failures) {}

    public Result readAll(Path path) throws IOException {
        List<TimeMlDocument> docs = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(p -> Files.isRegularFile(p) && isTml(p.getFileName().toString()))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path f : files) add(docs, failures, path.relativize(f).toString(), Files.readAllBytes(f));
        } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
                List<Object[]> entries = new ArrayList<>();
                TarEntries.forEach(in, (entryName, bytes) -> {
                    String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                    if (isTml(base) && !base.startsWith("._")) entries.add(new Object[] {entryName, bytes});
                });
                entries.sort(Comparator.comparing(e -> (String) e[0]));
                for (Object[] e : entries) add(docs, failures, (String) e[0], (byte[]) e[1]);
            }
        } else {
            add(docs, failures, name, Files.readAllBytes(path));
        }
        return new Result(docs, failures);
    }

    private static boolean isTml(String fileName) {
        String n = fileName.toLowerCase();
        return n.endsWith(".tml") || n.endsWith(".tml.xml");
    }

    private void add(List<TimeMlDocument> docs, List<Failure> failures, String name, byte[] bytes) {
        try {
            docs.add(parse(name, new String(bytes, StandardCharsets.UTF_8)));
        } catch (RuntimeException | XMLStreamException e) {
            failures.add(new Failure(name, e.getMessage()));
        }
    }

    /** Parses one TimeML document. {@code id} names it in reports. */
    public TimeMlDocument parse(String id, String xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
        StringBuilder text = new StringBuilder();
        List<GoldTimex> gold = new ArrayList<>();
        boolean inText = false;
        String dctValue = null;
        // Open TIMEX3 inside TEXT: its attributes and start offset (TIMEX3s do not nest in TimeML).
        String[] open = null;
        int openStart = -1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("TEXT")) inText = true;
                else if (tag.equals("TIMEX3")) {
                    String fn = attr(r, "functionInDocument");
                    boolean creation = "CREATION_TIME".equals(fn);
                    if (creation && dctValue == null) dctValue = attr(r, "value");
                    if (inText && !creation) {
                        open = new String[] {attr(r, "tid"), attr(r, "type"), attr(r, "value"), attr(r, "mod")};
                        openStart = text.length();
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("TEXT")) inText = false;
                else if (tag.equals("TIMEX3") && open != null) {
                    int end = text.length();
                    gold.add(new GoldTimex(open[0], openStart, end, text.substring(openStart, end), open[1], open[2], open[3]));
                    open = null;
                }
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
        r.close();
        return new TimeMlDocument(id, text.toString(), dateOf(dctValue), dctValue, gold);
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The calendar date of a TIMEX3 value such as "1998-01-08" or "1998-11-20T19:30", or null. */
    static LocalDate dateOf(String value) {
        if (value == null) return null;
        Matcher m = DATE.matcher(value);
        if (!m.find()) m = COMPACT_DATE.matcher(value);
        else return date(m);
        return m.find() ? date(m) : null;
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
