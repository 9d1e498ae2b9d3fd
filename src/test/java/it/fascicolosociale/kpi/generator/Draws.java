package it.fascicolosociale.kpi.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/** The seeded random draws of the generator: days, office hours, waiting times, weighted choices. */
final class Draws {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final Random random;

    Draws(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A working day of the year, at an office hour. */
    Instant officeHour(int year) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(8 * 60))).atZone(ROME).toInstant();
    }

    /** A wait drawn from a log-normal law with the given median in days (sigma 0.8), at least ten minutes. */
    Duration delay(double medianDays) {
        double days = medianDays * Math.exp(0.8 * random.nextGaussian());
        return Duration.ofMinutes(Math.max(10, Math.round(days * 24 * 60)));
    }

    Instant after(Instant start, double medianDays) {
        return start.plus(delay(medianDays));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the keys, with probability proportional to its weight. */
    String weighted(List<String> keys, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < keys.size(); i++) {
            draw -= weights[i];
            if (draw < 0) {
                return keys.get(i);
            }
        }
        return keys.get(keys.size() - 1);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ROME).toLocalDate();
    }
}
