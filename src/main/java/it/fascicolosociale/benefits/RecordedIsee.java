package it.fascicolosociale.benefits;

import java.time.Instant;

/** An ISEE attestation as the administrative check of a benefit recorded it: on which benefit, when, by whom. */
public record RecordedIsee(IseeAttestation attestation, Long benefitId, Long caseId, Instant checkedAt, String checkedBy) {
}
