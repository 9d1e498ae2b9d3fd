package it.fascicolosociale.workflow.uvmd;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time limits of the UVMD, for BPMN expressions ({@code uvmdDeadlines}), set in the application's
 * configuration ({@code fascicolo.uvmd.*}) so that an ente changes them without a release. A request for the UVMD
 * reaches the district within 2 working days (veneto.md 2.1); here it reaches the UVMD as soon as the social part
 * is ready, and the UVMD's task to take it in and convene the session is due within those working days. Working
 * days are Monday to Friday; public holidays are not known to the application and count as working days.
 */
@Component("uvmdDeadlines")
public class UvmdDeadlines {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final int conveneWorkingDays;
    private final String sessionDue;

    UvmdDeadlines(@Value("${fascicolo.uvmd.convene-working-days:2}") int conveneWorkingDays,
                  @Value("${fascicolo.uvmd.session-due:P30D}") String sessionDue) {
        this.conveneWorkingDays = conveneWorkingDays;
        this.sessionDue = sessionDue;
    }

    /** When the UVMD must have taken in the request and convened the session: working days from now (engine clock). */
    public Date conveneDue() {
        ZonedDateTime due = ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
        int left = conveneWorkingDays;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(due.toInstant());
    }

    /** How long the session may wait, from the request reaching the UVMD, before the coordinator is reminded. */
    public String getSessionDue() {
        return sessionDue;
    }

    /** The outcome is recorded by the end of the session's day ({@code sessionDate} as yyyy-MM-dd). */
    public Date outcomeDue(String sessionDate) {
        return Date.from(LocalDate.parse(sessionDate).plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
