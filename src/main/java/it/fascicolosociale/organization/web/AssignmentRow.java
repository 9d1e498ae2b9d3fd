package it.fascicolosociale.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;
import it.fascicolosociale.platform.Period;
import it.fascicolosociale.platform.RuleViolation;

/** One row of an operator's roles as typed: a role in a unit for a period. A row left empty is ignored. */
record AssignmentRow(
        String role,
        Long unitId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    static AssignmentRow empty() {
        return new AssignmentRow("", null, null, null);
    }

    static AssignmentRow of(RoleAssignment assignment) {
        return new AssignmentRow(assignment.role().code(), assignment.unitId(), assignment.validFrom(), assignment.validTo());
    }

    boolean unused() {
        return (role == null || role.isBlank()) && unitId == null && validFrom == null && validTo == null;
    }

    /** Marks, on the fields under {@code path}, what a row that is not left empty still lacks. */
    void rejectIfIncomplete(Errors errors, String path) {
        if (unused()) {
            return;
        }
        if (role == null || role.isBlank()) {
            errors.rejectValue(path + ".role", "validation.assignment.role-required");
        }
        if (unitId == null) {
            errors.rejectValue(path + ".unitId", "validation.assignment.unit-required");
        }
        if (validFrom == null) {
            errors.rejectValue(path + ".validFrom", "validation.assignment.valid-from-required");
            return;
        }
        try {
            new Period(validFrom, validTo);
        } catch (RuleViolation reversed) {
            errors.rejectValue(path + ".validTo", reversed.messageCode(), reversed.arguments(), reversed.getMessage());
        }
    }

    RoleAssignment assignment() {
        return new RoleAssignment(Role.fromCode(role), unitId, validFrom, validTo);
    }
}
