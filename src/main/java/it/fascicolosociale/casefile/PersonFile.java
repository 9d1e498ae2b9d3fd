package it.fascicolosociale.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.fascicolosociale.benefits.RecordedIsee;
import it.fascicolosociale.cases.CaseStatus;
import it.fascicolosociale.intake.IntakeStatus;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.Consent;
import it.fascicolosociale.people.HouseholdRelation;
import it.fascicolosociale.people.Person;

/**
 * A person's page: personal data with the names of places, the household they live in today, the ISEE
 * attestations their benefits recorded, their consents, their cases and accessi.
 */
public record PersonFile(Person person, String birthPlaceName, String residenceName, List<Member> household,
                         List<RecordedIsee> isee, List<ConsentLine> consents, List<CaseLine> cases, List<IntakeLine> intakes) {

    public PersonFile {
        household = List.copyOf(household);
        isee = List.copyOf(isee);
        consents = List.copyOf(consents);
        cases = List.copyOf(cases);
        intakes = List.copyOf(intakes);
    }

    /** A member of the household and how they are related to its reference person; linked when readable. */
    public record Member(Long personId, String name, HouseholdRelation relation, LocalDate since, boolean self,
                         boolean readable) {
    }

    /** A consent with the name of whom it lets the data go to (a unit's name, or the category of bodies' label code). */
    public record ConsentLine(Consent consent, String unitName, String categoryCode) {
    }

    /** A case of the person; {@code readable} says whether the operator may open it. */
    public record CaseLine(Long id, String comuneName, UserArea area, CaseStatus status, Instant openedAt,
                           String caseManagerName, boolean readable) {
    }

    /** An accesso of the person and the case it opened, if any. */
    public record IntakeLine(Long id, Instant registeredAt, String comuneName, UserArea area, IntakeStatus status,
                             boolean urgent, Long caseId) {
    }
}
