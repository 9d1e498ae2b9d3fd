package it.fascicolosociale.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Plays the plots of all stories together, day by day from the oldest, so that the district's calendar runs one way:
 * the steps of a day from half past eight, a few minutes apart, on working days only (a step that falls on a
 * weekend is done on the Friday before). Timers fire on the way as they fall due, and at the end those due by now.
 */
@Component
@OnDemoData
class Timeline {

    private static final LocalTime FIRST_STEP = LocalTime.of(8, 30);
    private static final Duration BETWEEN_STEPS = Duration.ofMinutes(4);

    private final DemoCalendar calendar;
    private final EntityManager entities;

    Timeline(DemoCalendar calendar, EntityManager entities) {
        this.calendar = calendar;
        this.entities = entities;
    }

    void play(List<Plot> plots, LocalDate today) {
        List<Story> stories = plots.stream().map(Plot::story).toList();
        Predicate<String> demoKeys = key -> stories.stream().anyMatch(story -> story.keys().contains(key));
        Map<LocalDate, List<Step>> days = plots.stream().flatMap(plot -> plot.steps().stream())
                .sorted(Comparator.comparingInt((Step step) -> step.story().number()).thenComparingInt(Step::order))
                .collect(Collectors.groupingBy(step -> workday(today.minusDays(step.daysAgo())), TreeMap::new, Collectors.toList()));
        try {
            days.forEach((day, steps) -> playDay(day, steps, demoKeys));
            calendar.catchUp(demoKeys);
        } finally {
            calendar.release();
        }
    }

    private void playDay(LocalDate day, List<Step> steps, Predicate<String> demoKeys) {
        Instant at = day.atTime(FIRST_STEP).atZone(calendar.zone()).toInstant();
        for (Step step : steps) {
            calendar.moveTo(at, demoKeys);
            try {
                step.action().run();
            } catch (RuntimeException failed) {
                throw new IllegalStateException("Demo story " + step.story().number() + " failed at step " + step.name()
                        + " on " + day, failed);
            }
            // one long transaction: without this, every query would check every entity the demo has loaded so far
            entities.flush();
            entities.clear();
            at = at.plus(BETWEEN_STEPS);
        }
    }

    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }
}
