package it.fascicolosociale.organization;

import it.fascicolosociale.platform.Coded;

/**
 * What an operator does in a unit. With the unit it makes the candidate group {@code role@unit}
 * that BPMN user tasks are routed to.
 */
public enum Role implements Coded {
    SOCIAL_WORKER("social-worker"),
    EDUCATOR("educator"),
    ADMINISTRATIVE("administrative"),
    COORDINATOR("coordinator"),
    AREA_MANAGER("area-manager"),
    DIRECTOR("director"),
    ULSS_OPERATOR("ulss-operator"),
    PROCESS_DESIGNER("process-designer"),
    DPO("dpo"),
    SYSTEM_ADMIN("system-admin"),
    /** Referente del comune: reads the aggregated figures of the one comune their unit covers. */
    MUNICIPALITY_OFFICER("municipality-officer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The Spring Security authority of the role, e.g. {@code ROLE_PROCESS_DESIGNER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromCode(String code) {
        return Coded.fromCode(Role.class, code,
                unknown -> new UnknownCodeException(UnknownCodeException.Kind.ROLE, unknown));
    }
}
