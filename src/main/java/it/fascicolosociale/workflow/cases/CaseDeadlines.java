package it.fascicolosociale.workflow.cases;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The presa in carico's time limits, for BPMN expressions ({@code caseDeadlines}), as ISO 8601 durations set
 * for all areas ({@code fascicolo.cases.first-interview-due.default}, {@code fascicolo.cases.review-interval.default})
 * or per user area ({@code fascicolo.cases.first-interview-due.elderly=P20D}).
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    private static final String FIRST_INTERVIEW = "fascicolo.cases.first-interview-due.";
    private static final String REVIEW_INTERVAL = "fascicolo.cases.review-interval.";

    private final Environment environment;

    CaseDeadlines(Environment environment) {
        this.environment = environment;
    }

    /** When the case manager's first interview is due, for a case of the given user area. */
    public String firstInterviewDue(String area) {
        return forArea(FIRST_INTERVIEW, area, "P30D");
    }

    /** How long a PAI runs before its periodic review, for a case of the given user area (six months unless configured). */
    public String reviewInterval(String area) {
        return forArea(REVIEW_INTERVAL, area, "P6M");
    }

    private String forArea(String prefix, String area, String fallback) {
        return environment.getProperty(prefix + area, environment.getProperty(prefix + "default", fallback));
    }
}
