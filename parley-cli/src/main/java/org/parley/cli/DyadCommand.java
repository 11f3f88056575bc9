package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley dyad RUS FRA --from OUT --chart rus-fra.svg}: what the first actor did to the second, month by
 * month (dyads.jsonl summed over sectors): a table, and a chart of cooperation and conflict counts with the mean
 * Goldstein score, as SVG and PNG.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "Print and chart cooperation and conflict between two actors (country codes) per month.")
public final class DyadCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Source country or IGO code (RUS).")
    String source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Target country or IGO code (FRA).")
    String target;

    @Option(names = "--from", required = true, paramLabel = "OUT", description = "An analysis output folder.")
    Path from;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Write the chart here (SVG) and next to it as PNG.")
    Path chart;

    @Option(names = "--both", description = "Count both directions (SOURCE -> TARGET and TARGET -> SOURCE).")
    boolean both;

    /** One month of the dyad. */
    record Month(String month, int[] quads, double goldsteinSum, int goldsteinCount, int estimated, List<String> events) {
        int cooperation() { return quads[1] + quads[2]; }

        int conflict() { return quads[3] + quads[4]; }

        Double goldstein() { return goldsteinCount == 0 ? null : goldsteinSum / goldsteinCount; }
    }

    @Override public Integer call() throws IOException {
        if (!Files.isDirectory(from)) throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is not a folder");
        String a = source.toUpperCase(Locale.ROOT), b = target.toUpperCase(Locale.ROOT);
        List<Month> months = months(new ResultFolder(from), a, b, both);
        String label = a + (both ? " <-> " : " -> ") + b;
        print(months, label, System.out);
        if (chart != null) {
            Path png = chart(months, label, chart);
            System.err.println("parley: chart -> " + chart + " and " + png);
        }
        return months.isEmpty() ? 1 : 0;
    }

    /** Every month from the first to the last with events between the two, empty months included. */
    static List<Month> months(ResultFolder folder, String a, String b, boolean both) throws IOException {
        TreeMap<String, Month> by = new TreeMap<>();
        for (JsonNode d : folder.read("dyads.jsonl")) {
            String s = d.path("source_country").asText(), t = d.path("target_country").asText();
            if (!((s.equals(a) && t.equals(b)) || (both && s.equals(b) && t.equals(a)))) continue;
            String m = d.path("month").asText();
            Month acc = by.computeIfAbsent(m, k -> new Month(k, new int[5], 0, 0, 0, new ArrayList<>()));
            int[] q = {0, d.path("verbal_cooperation").asInt(), d.path("material_cooperation").asInt(),
                    d.path("verbal_conflict").asInt(), d.path("material_conflict").asInt()};
            for (int i = 1; i <= 4; i++) acc.quads()[i] += q[i];
            int n = d.path("events").size();
            double sum = acc.goldsteinSum();
            int count = acc.goldsteinCount();
            if (d.path("mean_goldstein").isNumber()) {
                sum += d.path("mean_goldstein").asDouble() * n;
                count += n;
            }
            List<String> events = acc.events();
            d.path("events").forEach(e -> { if (!events.contains(e.asText())) events.add(e.asText()); });
            by.put(m, new Month(m, acc.quads(), sum, count, acc.estimated() + d.path("estimated").asInt(), events));
        }
        if (by.isEmpty()) return List.of();
        List<Month> out = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(by.firstKey()); !m.isAfter(YearMonth.parse(by.lastKey())); m = m.plusMonths(1)) {
            out.add(by.getOrDefault(m.toString(), new Month(m.toString(), new int[5], 0, 0, 0, List.of())));
        }
        return out;
    }

    static void print(List<Month> months, String label, PrintStream out) {
        out.println("Dyad " + label + " per month (quad classes: VC verbal cooperation, MC material cooperation, VK verbal conflict, MK material conflict)");
        out.println("month     VC  MC  VK  MK   coop conflict  goldstein  events");
        if (months.isEmpty()) out.println("(no events between these actors)");
        for (Month m : months) {
            out.printf(Locale.ROOT, "%-8s %3d %3d %3d %3d   %4d %8d  %9s  %s%s%n", m.month(), m.quads()[1], m.quads()[2], m.quads()[3],
                    m.quads()[4], m.cooperation(), m.conflict(), m.goldstein() == null ? "-" : String.format(Locale.ROOT, "%.2f", m.goldstein()),
                    String.join(",", m.events().subList(0, Math.min(4, m.events().size()))) + (m.events().size() > 4 ? ",…" : ""),
                    m.estimated() > 0 ? "  (" + m.estimated() + " dated by estimate)" : "");
        }
    }

    /** Writes the chart as SVG at {@code svg} and as PNG beside it; returns the PNG's path. */
    static Path chart(List<Month> months, String label, Path svg) throws IOException {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset goldstein = new DefaultCategoryDataset();
        for (Month m : months) {
            counts.addValue(m.cooperation(), "cooperation (quad 1+2)", m.month());
            // conflict is drawn below the zero line, so each month is one bar centred on its label
            counts.addValue(-m.conflict(), "conflict (quad 3+4)", m.month());
            goldstein.addValue(m.goldstein(), "mean Goldstein", m.month());
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setMaximumBarWidth(0.12);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x2e7d32));
        bars.setSeriesPaint(1, new Color(0xc62828));
        NumberAxis countAxis = new NumberAxis("events (cooperation above, conflict below)");
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int most = 1;
        for (Month m : months) most = Math.max(most, Math.max(m.cooperation(), m.conflict()));
        countAxis.setRange(-most * 1.1, most * 1.1);
        countAxis.setNumberFormatOverride(new AbsoluteCount());
        CategoryPlot plot = new CategoryPlot(counts, new org.jfree.chart.axis.CategoryAxis("month"), countAxis, bars);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis gAxis = new NumberAxis("mean Goldstein (-10 conflict .. +10 cooperation)");
        gAxis.setRange(-10, 10);
        plot.setRangeAxis(1, gAxis);
        plot.setDataset(1, goldstein);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x1565c0));
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Cooperation and conflict, " + label + ", per month (Parley dyads)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        int w = Math.max(700, 60 * months.size() + 200), h = 450;
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        chart.draw(g, new Rectangle(0, 0, w, h));
        if (svg.toAbsolutePath().getParent() != null) Files.createDirectories(svg.toAbsolutePath().getParent());
        SVGUtils.writeToSVG(svg.toFile(), g.getSVGElement());
        String name = svg.getFileName().toString();
        Path png = svg.resolveSibling((name.endsWith(".svg") ? name.substring(0, name.length() - 4) : name) + ".png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, w, h);
        return png;
    }

    /** Tick labels of the count axis: counts below zero are conflict events, shown without the sign. */
    private static final class AbsoluteCount extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Math.round(Math.abs(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(Math.abs(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
