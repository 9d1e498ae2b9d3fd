package it.fascicolosociale.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that the message source turns into Italian labels, and the instants of calendar days. */
final class Labels {

    private Labels() {
    }

    /** An argument resolved through the bundle when the sentence is rendered, e.g. "closure-reason.death". */
    static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    /** A day written about at a moment: that day at the moment's time of day, so that the same day keeps its order. */
    static Instant dayAt(LocalDate day, Instant writtenAt, ZoneId zone) {
        LocalTime time = writtenAt.atZone(zone).toLocalTime();
        return day.atTime(time).atZone(zone).toInstant();
    }
}
