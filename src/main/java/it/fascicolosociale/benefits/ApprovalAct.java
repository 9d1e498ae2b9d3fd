package it.fascicolosociale.benefits;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import it.fascicolosociale.platform.RuleViolation;

/** The administrative act that granted a benefit: its kind, number and date (e.g. determinazione n. 123 of 5/3/2026). */
@Embeddable
public record ApprovalAct(
        @Column(name = "act_type") ApprovalActType type,
        @Column(name = "act_number") String number,
        @Column(name = "act_date") LocalDate date) {

    public ApprovalAct {
        if (type == null) {
            throw new RuleViolation("error.benefit.act-type-required", "an approval act has its type");
        }
        if (number == null || number.isBlank()) {
            throw new RuleViolation("error.benefit.act-number-required", "an approval act has its number");
        }
        number = number.strip();
        if (number.length() > 30) {
            throw new RuleViolation("error.benefit.act-number-too-long", "act number longer than 30 characters");
        }
        if (date == null) {
            throw new RuleViolation("error.benefit.act-date-required", "an approval act has its date");
        }
    }
}
