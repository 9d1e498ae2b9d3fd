package it.fascicolosociale.workflow.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The review's time limit, for BPMN expressions ({@code emergencyAccessDeadlines}), as an ISO 8601 duration set in
 * the application's configuration ({@code fascicolo.emergency-access.review-due}).
 */
@Component("emergencyAccessDeadlines")
public class EmergencyAccessDeadlines {

    private final String reviewDue;

    EmergencyAccessDeadlines(@Value("${fascicolo.emergency-access.review-due:P5D}") String reviewDue) {
        this.reviewDue = reviewDue;
    }

    /** How long the DPO has to review an emergency access. */
    public String getReviewDue() {
        return reviewDue;
    }
}
