package it.fascicolosociale.cases;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/** Why a presa in carico ends (the coded reasons of the issue; to be confirmed with the ATS, see veneto.md §4.1). */
public enum ClosureReason implements Coded {
    GOALS_ACHIEVED("goals-achieved"),
    RESIDENCE_TRANSFERRED("residence-transferred"),
    DEATH("death"),
    FACILITY_ADMISSION("facility-admission"),
    WITHDRAWAL("withdrawal"),
    LOSS_OF_REQUIREMENTS("loss-of-requirements"),
    SERVICE_TRANSFER("service-transfer");

    private final String code;

    ClosureReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ClosureReason fromCode(String code) {
        return Coded.fromCode(ClosureReason.class, code,
                unknown -> new RuleViolation("error.case.unknown-closure-reason", "Unknown closure reason " + unknown, unknown));
    }
}
