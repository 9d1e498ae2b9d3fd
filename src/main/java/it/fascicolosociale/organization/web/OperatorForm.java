package it.fascicolosociale.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import it.fascicolosociale.organization.Operator;
import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.RoleAssignment;

/**
 * What the administrator types about an operator: the username once, when the account is created; a
 * password (required then, and afterwards only to change it); the roles as rows, two of them empty so
 * that roles can be added without JavaScript. An unticked checkbox sends nothing, hence {@code Boolean}.
 */
record OperatorForm(
        String username,
        @NotBlank(message = "{validation.operator.first-name-required}")
        @Size(max = 100, message = "{validation.too-long}") String firstName,
        @NotBlank(message = "{validation.operator.last-name-required}")
        @Size(max = 100, message = "{validation.too-long}") String lastName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.too-long}") String email,
        Boolean enabled,
        String password,
        List<AssignmentRow> assignments,
        long version) {

    private static final int EMPTY_ROWS = 2;

    static OperatorForm empty() {
        return new OperatorForm("", "", "", "", true, "", withEmptyRows(List.of()), 0);
    }

    static OperatorForm of(Operator operator) {
        return new OperatorForm(operator.getUsername(), operator.getFirstName(), operator.getLastName(),
                operator.getEmail(), operator.isEnabled(), "",
                withEmptyRows(operator.getAssignments().stream().map(AssignmentRow::of).toList()), operator.getVersion());
    }

    private static List<AssignmentRow> withEmptyRows(List<AssignmentRow> rows) {
        List<AssignmentRow> all = new ArrayList<>(rows);
        IntStream.range(0, EMPTY_ROWS).forEach(i -> all.add(AssignmentRow.empty()));
        return all;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    OperatorProfile profile() {
        return new OperatorProfile(firstName, lastName, email, Boolean.TRUE.equals(enabled));
    }

    /** The rows that are not left empty, as role assignments. */
    List<RoleAssignment> roleAssignments() {
        return rows().stream().filter(row -> !row.unused()).map(AssignmentRow::assignment).toList();
    }

    /** Left blank when editing, the password stays as it is. */
    Optional<String> newPassword() {
        return Optional.ofNullable(password).filter(typed -> !typed.isBlank());
    }

    void rejectIncompleteRows(Errors errors) {
        List<AssignmentRow> rows = assignments == null ? List.of() : assignments;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                rows.get(i).rejectIfIncomplete(errors, "assignments[" + i + "]");
            }
        }
    }

    private List<AssignmentRow> rows() {
        return assignments == null ? List.of() : assignments.stream().filter(Objects::nonNull).toList();
    }

    /** Never the password, not even in a log line. */
    @Override
    public String toString() {
        return "OperatorForm[username=" + username + ", version=" + version + "]";
    }
}
