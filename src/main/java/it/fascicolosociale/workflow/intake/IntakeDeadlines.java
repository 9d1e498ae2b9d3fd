package it.fascicolosociale.workflow.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The intake's time limits, for BPMN expressions ({@code intakeDeadlines}), as ISO 8601 durations set in the
 * application's configuration ({@code fascicolo.intake.*}), so that an ente changes them without a release.
 */
@Component("intakeDeadlines")
public class IntakeDeadlines {

    private final String firstInterview;
    private final String urgentFirstInterview;
    private final String urgentEscalation;

    IntakeDeadlines(@Value("${fascicolo.intake.first-interview-due:P15D}") String firstInterview,
                    @Value("${fascicolo.intake.urgent-first-interview-due:P1D}") String urgentFirstInterview,
                    @Value("${fascicolo.intake.urgent-escalation:PT4H}") String urgentEscalation) {
        this.firstInterview = firstInterview;
        this.urgentFirstInterview = urgentFirstInterview;
        this.urgentEscalation = urgentEscalation;
    }

    /** When the first interview is due: sooner for urgent contacts. */
    public String firstInterviewDue(boolean urgent) {
        return urgent ? urgentFirstInterview : firstInterview;
    }

    /** How long an urgent contact may wait for its first interview before the coordinator is told. */
    public String getUrgentEscalation() {
        return urgentEscalation;
    }
}
