package it.fascicolosociale.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: one bar per row with a number, its label on the left and
 * its value written at the end of the bar, so that nothing depends on colour or on JavaScript.
 */
public record ChartView(String title, int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int VALUE_WIDTH = 90;
    static final int BAR_HEIGHT = 20;
    static final int GAP = 8;

    /** One bar: its label, its value as text, and its geometry. */
    public record Bar(String label, String valueText, int y, int length, int textY) {
    }

    /** A value of a row and how to write it. */
    record Point(String label, BigDecimal value, String valueText) {
    }

    static ChartView of(String title, List<Point> points) {
        BigDecimal max = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (Point point : points) {
            int length = max.signum() == 0 ? 0
                    : point.value().multiply(BigDecimal.valueOf(room)).divide(max, java.math.RoundingMode.HALF_UP).intValue();
            bars.add(new Bar(shorten(point.label()), point.valueText(), y, Math.max(length, 1), y + BAR_HEIGHT - 5));
            y += BAR_HEIGHT + GAP;
        }
        return new ChartView(title, WIDTH, y, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 32) + "\u2026";
    }
}
