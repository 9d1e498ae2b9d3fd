package it.fascicolosociale.benchmark;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The times of one page over the benchmark's rounds, and the table the benchmark prints. */
public record PageTimes(String page, double[] millis) {

    public static PageTimes measure(PageClient client, String page, int warmup, int rounds) throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            client.get(page);
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            client.get(page);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new PageTimes(page, millis);
    }

    /** The value below which a share of the sorted times lie (nearest rank). */
    public double percentile(double share) {
        int rank = (int) Math.ceil(share * millis.length);
        return millis[Math.max(0, rank - 1)];
    }

    public double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    /** Prints the table, under a title, and how many pages reach the target median. */
    public static void print(String title, List<PageTimes> measured, int rounds, int warmup, double targetMillis) {
        System.out.printf("%n%s: %d requests per page after %d to warm up, times in ms%n", title, rounds, warmup);
        System.out.printf("%-60s %9s %9s %9s%n", "page", "median", "p90", "max");
        for (PageTimes times : measured) {
            System.out.printf("%-60s %9.1f %9.1f %9.1f%n", times.page(), times.median(), times.percentile(0.9),
                    times.millis()[times.millis().length - 1]);
        }
        PageTimes slowest = measured.stream().max((a, b) -> Double.compare(a.median(), b.median())).orElseThrow();
        long over = measured.stream().filter(times -> times.median() >= targetMillis).count();
        System.out.printf("%d pages; slowest median %.1f ms (%s); %d pages with a median of %.0f ms or more%n",
                measured.size(), slowest.median(), slowest.page(), over, targetMillis);
    }
}
