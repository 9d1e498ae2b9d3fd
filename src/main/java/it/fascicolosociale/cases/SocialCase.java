package it.fascicolosociale.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
        return socialCase;
    }

    /** The case passes to another case manager; a closed case has none to change. */
    void assignTo(String newCaseManager) {
        if (status != CaseStatus.OPEN) {
            throw new RuleViolation("error.case.not-open", "case " + id + " is " + status);
        }
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

    public Long getIntakeId() {
        return intakeId;
    }

    public long getVersion() {
        return version;
    }
}
