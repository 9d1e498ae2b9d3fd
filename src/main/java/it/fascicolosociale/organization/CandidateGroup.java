package it.fascicolosociale.organization;

import java.util.Objects;

/**
 * A role in a unit: the group a user task is offered to, with id {@code role@unit}, the same id the
 * engine's identity and the task queries use.
 */
public record CandidateGroup(Role role, String unitCode) {

    public CandidateGroup {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    public String id() {
        return role.code() + "@" + unitCode;
    }

    /** Reads a group id; an id without {@code @} or with an unknown role throws. */
    public static CandidateGroup parse(String id) {
        int at = id == null ? -1 : id.indexOf('@');
        if (at <= 0 || at == id.length() - 1) {
            throw new UnknownCodeException(UnknownCodeException.Kind.ROLE, id);
        }
        return new CandidateGroup(Role.fromCode(id.substring(0, at)), id.substring(at + 1));
    }

    @Override
    public String toString() {
        return id();
    }
}
