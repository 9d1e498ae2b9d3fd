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

    /**
     * Whether the role works on persons' files. The DPO reads the access log, not files; the system administrator,
     * the process designer and the referente del comune read configuration and figures, not files. Only a role that
     * works on files can make an operator a case manager, a team member or the holder of a task about a file.
     */
    public boolean worksOnFiles() {
        return this != DPO && this != SYSTEM_ADMIN && this != PROCESS_DESIGNER && this != MUNICIPALITY_OFFICER;
    }

    public static Role fromCode(String code) {
        return Coded.fromCode(Role.class, code,
                unknown -> new UnknownCodeException(UnknownCodeException.Kind.ROLE, unknown));
    }
}
