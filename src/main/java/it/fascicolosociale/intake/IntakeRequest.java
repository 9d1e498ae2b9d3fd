package it.fascicolosociale.intake;

import java.util.Objects;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.RuleViolation;

/**
 * A contact as the front office registers it: the person, the comune whose services answer (residence),
 * the user area of the need, how the contact came and from whom, the need in words, and whether it is urgent.
 */
public record IntakeRequest(Long personId, IstatCode comune, UserArea area, Channel channel, Requester requester,
                            String need, boolean urgent) {

    static final int NEED_MAX = 4000;

    public IntakeRequest {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(comune, "comune");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requester, "requester");
        if (need == null || need.isBlank()) {
            throw new RuleViolation("error.intake.need-required", "the need must be described");
        }
        need = need.strip();
        if (need.length() > NEED_MAX) {
            throw new RuleViolation("error.intake.need-too-long", "need longer than " + NEED_MAX, NEED_MAX);
        }
    }
}
