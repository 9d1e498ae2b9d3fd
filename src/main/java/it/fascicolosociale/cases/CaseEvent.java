package it.fascicolosociale.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A change in the life of a case: opened, closed with its reason, reopened, moved to another comune. */
@Embeddable
public record CaseEvent(
        @Enumerated(EnumType.STRING) Kind kind,
        Instant at,
        @Column(name = "by_operator") String by,
        String detail) {

    /** What happened to the case. */
    public enum Kind {
        OPENED, CLOSED, REOPENED, MOVED, CASE_MANAGER_CHANGED, URGENT_REPORT
    }
}
