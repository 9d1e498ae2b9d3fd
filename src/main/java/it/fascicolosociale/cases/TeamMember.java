package it.fascicolosociale.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An operator working on a case beside its case manager (educator, colleague of another service...). */
@Embeddable
public record TeamMember(
        @Column(name = "username") String username,
        @Column(name = "added_at") Instant addedAt,
        @Column(name = "added_by") String addedBy) {
}
