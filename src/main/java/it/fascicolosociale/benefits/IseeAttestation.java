package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The ISEE attestation the administrative check found for a benefit: its kind, value and expiry, and the
 * protocol of the DSU it comes from (asked by the SIUSS flow as {@code NumeroProtocolloDSU}).
 * An attestation past its expiry counts as none: the user then pays the full tariff.
 */
@Embeddable
public record IseeAttestation(
        @Column(name = "isee_type") IseeType type,
        @Column(name = "isee_value") BigDecimal value,
        @Column(name = "isee_expiry") LocalDate expiry,
        @Column(name = "isee_dsu_protocol") String dsuProtocol) {

    public IseeAttestation {
        if (type == null) {
            throw new RuleViolation("error.benefit.isee-type-required", "an ISEE attestation has its type");
        }
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("error.benefit.isee-value-format", "an ISEE value is a non-negative amount in euro");
        }
        if (expiry == null) {
            throw new RuleViolation("error.benefit.isee-expiry-required", "an ISEE attestation has its expiry date");
        }
        value = value.setScale(2);
        dsuProtocol = dsuProtocol == null || dsuProtocol.isBlank() ? null : dsuProtocol.strip();
        if (dsuProtocol != null && dsuProtocol.length() > 30) {
            throw new RuleViolation("error.benefit.dsu-protocol-too-long", "DSU protocol longer than 30 characters");
        }
    }

    /** Whether the attestation still holds on a day (its expiry day included). */
    public boolean isValidOn(LocalDate day) {
        return !expiry.isBefore(day);
    }
}
