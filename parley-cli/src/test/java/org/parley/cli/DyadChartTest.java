package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadChartTest {

    @Test
    void cooperationIsDrawnAboveTheZeroLineAndConflictBelowIt(@TempDir Path dir) throws Exception {
        List<DyadCommand.Month> months = List.of(
                new DyadCommand.Month("2017-05", new int[] {0, 3, 1, 0, 0}, 8.0, 4, 0, List.of("a-e1")),
                new DyadCommand.Month("2017-06", new int[5], 0, 0, 0, List.of()),
                new DyadCommand.Month("2017-07", new int[] {0, 0, 0, 1, 2}, -21.0, 3, 1, List.of("b-e1")));
        Path png = DyadCommand.chart(months, "RUS -> FRA", dir.resolve("rus-fra.svg"));

        assertThat(Files.readString(dir.resolve("rus-fra.svg"))).contains("<svg", "rgb(46,125,50)", "rgb(198,40,40)");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(700);
        int middle = image.getHeight() / 2;
        assertThat(rowsWith(image, 0x2e7d32)).allMatch(y -> y < middle).isNotEmpty();
        assertThat(rowsWith(image, 0xc62828)).filteredOn(y -> y > 60 && y < image.getHeight() - 60) // legend aside
                .allMatch(y -> y > middle - 40).isNotEmpty();
    }

    /** Rows of the plot area (legend excluded by the caller where needed) holding a pixel of the colour. */
    private static List<Integer> rowsWith(BufferedImage image, int rgb) {
        java.util.ArrayList<Integer> rows = new java.util.ArrayList<>();
        for (int y = 40; y < image.getHeight() - 60; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) { rows.add(y); break; }
            }
        }
        return rows;
    }
}
