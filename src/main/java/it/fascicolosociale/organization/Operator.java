package it.fascicolosociale.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A person who uses the platform (never "user": the utente is the citizen), with roles in units. */
@Entity
public class Operator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String username;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "temporary_password_until")
    private Instant temporaryPasswordUntil;

    @ElementCollection
    @CollectionTable(name = "role_assignment", joinColumns = @JoinColumn(name = "operator_id"))
    private List<RoleAssignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected Operator() {
    }

    Operator(String username, OperatorProfile profile) {
        this.username = username;
        describe(profile);
    }

    void describe(OperatorProfile profile) {
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.email = profile.email();
        this.enabled = profile.enabled();
    }

    void assign(List<RoleAssignment> newAssignments) {
        assignments.clear();
        assignments.addAll(newAssignments);
    }

    /** The operator's own new password: no longer a temporary one. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = false;
        this.temporaryPasswordUntil = null;
    }

    /**
     * A password someone else chose (an administrator): it signs the operator in once, before {@code until} when
     * there is one, and the operator must then change it.
     */
    void setTemporaryPassword(String newPasswordHash, Instant until) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = true;
        this.temporaryPasswordUntil = until;
    }

    /**
     * The password has signed the operator in: a temporary one signs nobody in again. False when the password is a
     * temporary one already used or past its time, which may sign nobody in.
     */
    boolean useTemporaryPassword(Instant now) {
        if (!passwordChangeRequired) {
            return true;
        }
        if (passwordExpiredAt(now)) {
            return false;
        }
        this.temporaryPasswordUntil = now;
        return true;
    }

    /** Whether the password may no longer sign in: a temporary one already used or past its time. */
    public boolean passwordExpiredAt(Instant now) {
        return passwordChangeRequired && temporaryPasswordUntil != null && !now.isBefore(temporaryPasswordUntil);
    }

    /** Every session signed in until now ends at its next request: what it was granted no longer holds. */
    void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** Whether this change to the account takes away something an open session was granted. */
    boolean withdrawsAccess(OperatorProfile profile, List<RoleAssignment> newAssignments) {
        return enabled && !profile.enabled() || !new HashSet<>(assignments).equals(new HashSet<>(newAssignments));
    }

    public List<RoleAssignment> assignmentsInForceOn(LocalDate day) {
        return assignments.stream().filter(assignment -> assignment.inForceOn(day)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<RoleAssignment> getAssignments() {
        return List.copyOf(assignments);
    }

    public long getVersion() {
        return version;
    }
}
