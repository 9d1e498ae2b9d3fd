package it.fascicolosociale.workflow.referrals;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral's time limits, for BPMN expressions ({@code referralDeadlines}), as ISO 8601 durations set in the
 * application's configuration ({@code fascicolo.referrals.*}), so that an ente changes them without a release.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

    private final String unitAnswerDue;
    private final String updateDue;
    private final String externalAnswerDue;

    ReferralDeadlines(@Value("${fascicolo.referrals.unit-answer-due:P15D}") String unitAnswerDue,
                      @Value("${fascicolo.referrals.update-due:P90D}") String updateDue,
                      @Value("${fascicolo.referrals.external-answer-due:P30D}") String externalAnswerDue) {
        this.unitAnswerDue = unitAnswerDue;
        this.updateDue = updateDue;
        this.externalAnswerDue = externalAnswerDue;
    }

    /** When the target unit should accept or decline. */
    public String getUnitAnswerDue() {
        return unitAnswerDue;
    }

    /** How often the target unit of an accepted collaboration should send an update. */
    public String getUpdateDue() {
        return updateDue;
    }

    /** How long the sender waits for an external body's answer before a reminder. */
    public String getExternalAnswerDue() {
        return externalAnswerDue;
    }
}
