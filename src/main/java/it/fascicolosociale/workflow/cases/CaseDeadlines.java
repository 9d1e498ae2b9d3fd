package it.fascicolosociale.workflow.cases;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The presa in carico's time limits, for BPMN expressions ({@code caseDeadlines}), as ISO 8601 durations:
 * {@code fascicolo.cases.first-interview-due.default} (30 days unless configured) and, per user area,
 * {@code fascicolo.cases.first-interview-due.<area>} (e.g. {@code ...elderly=P20D}).
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    private static final String FIRST_INTERVIEW = "fascicolo.cases.first-interview-due.";

    private final Environment environment;

    CaseDeadlines(Environment environment) {
        this.environment = environment;
    }

    /** When the case manager's first interview is due, for a case of the given user area. */
    public String firstInterviewDue(String area) {
        return environment.getProperty(FIRST_INTERVIEW + area, environment.getProperty(FIRST_INTERVIEW + "default", "P30D"));
    }
}
