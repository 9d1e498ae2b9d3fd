package it.fascicolosociale.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One thing that happened in a social file, for its timeline: when (or on which day only), what kind, the Italian sentence that says it
 * (a message code and its arguments), who did it (a username, or null for the system), free text written with
 * it, and the anchor and link that lead to it.
 */
public record TimelineEntry(Instant at, boolean dateOnly, Kind kind, String messageCode, List<Object> arguments,
                            String actor, String text, String anchor, String href) {

    /** What the entry is about: gives its icon and label. */
    public enum Kind {
        STEP("it-check-circle"), CASE("it-folder"), NOTE("it-note"), DOCUMENT("it-clip"), ASSESSMENT("it-chart-line"),
        PLAN("it-list"), BENEFIT("it-card"), REFERRAL("it-share");

        private final String icon;

        Kind(String icon) {
            this.icon = icon;
        }

        public String code() {
            return name().toLowerCase();
        }

        /** The Bootstrap Italia icon beside the entry (the kind is also written, never shown by the icon alone). */
        public String icon() {
            return icon;
        }
    }

    public TimelineEntry {
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? "" : argument).toList());
    }

    static TimelineEntry of(Instant at, Kind kind, String messageCode, String actor, Object... arguments) {
        return new TimelineEntry(at, false, kind, messageCode, List.of(arguments), actor, null, null, null);
    }

    /**
     * Something recorded with its day only (an activation, an end): placed at the end of that day, after what was
     * done at a known time on it, and shown without a time.
     */
    static TimelineEntry onDay(LocalDate day, ZoneId zone, Kind kind, String messageCode, String actor, Object... arguments) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        return new TimelineEntry(endOfDay, true, kind, messageCode, List.of(arguments), actor, null, null, null);
    }

    TimelineEntry withText(String newText) {
        return new TimelineEntry(at, dateOnly, kind, messageCode, arguments, actor, newText, anchor, href);
    }

    TimelineEntry withAnchor(String newAnchor, String newHref) {
        return new TimelineEntry(at, dateOnly, kind, messageCode, arguments, actor, text, newAnchor, newHref);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
