package it.fascicolosociale.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The social case (cartella sociale) of a person taken in charge: its comune and user area, its case manager,
 * and where it stands. {@code case} is a Java keyword: variables are named {@code socialCase}.
 */
@Entity
@Table(name = "social_case")
public class SocialCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    private IstatCode comune;

    @Column(name = "user_area_code")
    private UserArea area;

    @Column(name = "case_manager")
    private String caseManager;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "opened_by", updatable = false)
    private String openedBy;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    @Convert(converter = CaseConverters.ClosureReasonConverter.class)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @ElementCollection
    @CollectionTable(name = "case_event", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseEvent> events = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_team_member", joinColumns = @JoinColumn(name = "case_id"))
    private List<TeamMember> team = new ArrayList<>();

    @Version
    private long version;

    protected SocialCase() {
    }

    static SocialCase open(CaseOpening opening, String coordinator, Instant at) {
        SocialCase socialCase = new SocialCase();
        socialCase.personId = opening.personId();
        socialCase.comune = opening.comune();
        socialCase.area = opening.area();
        socialCase.caseManager = opening.caseManager();
        socialCase.intakeId = opening.intakeId();
        socialCase.status = CaseStatus.OPEN;
        socialCase.openedBy = coordinator;
        socialCase.openedAt = at;
        socialCase.events.add(new CaseEvent(CaseEvent.Kind.OPENED, at, coordinator, opening.caseManager()));
        return socialCase;
    }

    void close(ClosureReason reason, String by, Instant at) {
        requireStatus(CaseStatus.OPEN, "close");
        status = CaseStatus.CLOSED;
        closureReason = reason;
        events.add(new CaseEvent(CaseEvent.Kind.CLOSED, at, by, reason.code()));
    }

    void reopen(String reason, String by, Instant at) {
        requireStatus(CaseStatus.CLOSED, "reopen");
        status = CaseStatus.OPEN;
        closureReason = null;
        events.add(new CaseEvent(CaseEvent.Kind.REOPENED, at, by, reason));
    }

    void addToTeam(String username, String by, Instant at) {
        requireStatus(CaseStatus.OPEN, "add to the team");
        if (username.equals(caseManager) || isOnTeam(username)) {
            throw new RuleViolation("error.case.already-on-team", "operator already works on the case", username);
        }
        team.add(new TeamMember(username, at, by));
    }

    void removeFromTeam(String username) {
        if (!team.removeIf(member -> member.username().equals(username))) {
            throw new RuleViolation("error.case.not-on-team", "operator not on the team", username);
        }
    }

    /** The case manager and the members of the team: who works on the case. */
    public boolean isWorkedOnBy(String username) {
        return username.equals(caseManager) || isOnTeam(username);
    }

    private boolean isOnTeam(String username) {
        return team.stream().anyMatch(member -> member.username().equals(username));
    }

    void reportUrgently(String report, String by, Instant at) {
        requireStatus(CaseStatus.OPEN, "receive an urgent report");
        events.add(new CaseEvent(CaseEvent.Kind.URGENT_REPORT, at, by, report));
    }

    /** The person moved to another comune of the social district: the case follows them. */
    void moveTo(IstatCode newComune, String by, Instant at) {
        requireStatus(CaseStatus.OPEN, "move");
        events.add(new CaseEvent(CaseEvent.Kind.MOVED, at, by, comune.value() + " -> " + newComune.value()));
        comune = newComune;
    }

    private void requireStatus(CaseStatus expected, String step) {
        if (status != expected) {
            throw new CaseStateException(id, status, step);
        }
    }

    /** The case passes to another case manager; a closed case has none to change. */
    void assignTo(String newCaseManager, String by, Instant at) {
        requireStatus(CaseStatus.OPEN, "change the case manager");
        events.add(new CaseEvent(CaseEvent.Kind.CASE_MANAGER_CHANGED, at, by, caseManager + " -> " + newCaseManager));
        this.caseManager = newCaseManager;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public IstatCode getComune() {
        return comune;
    }

    public UserArea getArea() {
        return area;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    public List<CaseEvent> getEvents() {
        return List.copyOf(events);
    }

    public Long getIntakeId() {
        return intakeId;
    }

    public long getVersion() {
        return version;
    }
}
