package it.fascicolosociale.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.casefile.PersonFile.CaseLine;
import it.fascicolosociale.casefile.PersonFile.ConsentLine;
import it.fascicolosociale.casefile.PersonFile.IntakeLine;
import it.fascicolosociale.casefile.PersonFile.Member;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.people.Consent;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.people.Household;
import it.fascicolosociale.people.HouseholdMember;
import it.fascicolosociale.people.Households;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;

/**
 * A person's page, gathered after the access check: a refused operator gets the same "not found" as for a missing
 * person. The ISEE shown is what the administrative checks of the person's benefits recorded (the only ISEE the
 * platform keeps); members of the household and cases are linked only where the operator may open them.
 */
@Service
@Transactional
public class PersonFiles {

    private final FileAccess access;
    private final People people;
    private final Households households;
    private final Consents consents;
    private final Benefits benefits;
    private final Cases cases;
    private final Intakes intakes;
    private final Municipalities municipalities;
    private final Units units;
    private final OperatorNames names;

    PersonFiles(FileAccess access, People people, Households households, Consents consents, Benefits benefits, Cases cases,
                Intakes intakes, Municipalities municipalities, Units units, OperatorNames names) {
        this.access = access;
        this.people = people;
        this.households = households;
        this.consents = consents;
        this.benefits = benefits;
        this.cases = cases;
        this.intakes = intakes;
        this.municipalities = municipalities;
        this.units = units;
        this.names = names;
    }

    public PersonFile of(String operator, Long personId) {
        Person person = access.requirePerson(operator, personId);
        var residence = person.details().residence();
        return new PersonFile(person, people.birthPlaceName(person.details().birthPlace()).orElse(null),
                residence == null ? null : comune(residence.municipality()), household(operator, personId),
                benefits.iseeAttestationsOf(personId), consents.ofPerson(personId).stream().map(this::consentLine).toList(),
                caseLines(operator, personId), intakes.ofPerson(personId).stream().map(intake -> new IntakeLine(intake.getId(),
                        intake.getRegisteredAt(), comune(intake.getComune()), intake.getArea(), intake.getStatus(),
                        intake.isUrgent(), intake.getCaseId())).toList());
    }

    private List<Member> household(String operator, Long personId) {
        Household household = households.householdOf(personId).orElse(null);
        if (household == null) {
            return List.of();
        }
        List<HouseholdMember> members = household.currentMembers();
        Map<Long, ?> readable = access.toPersons(operator, members.stream().map(HouseholdMember::getPersonId).toList());
        List<Member> lines = new ArrayList<>();
        for (HouseholdMember member : members) {
            Person relative = people.get(member.getPersonId());
            lines.add(new Member(relative.getId(), relative.getLastName() + " " + relative.getFirstName(), member.getRelation(),
                    member.getPeriod().from(), relative.getId().equals(personId), readable.containsKey(relative.getId())));
        }
        return lines;
    }

    private List<CaseLine> caseLines(String operator, Long personId) {
        List<SocialCase> ofPerson = cases.ofPerson(personId);
        Map<String, String> managers = names.of(ofPerson.stream().map(SocialCase::getCaseManager).toList());
        return ofPerson.stream().map(socialCase -> new CaseLine(socialCase.getId(), comune(socialCase.getComune()),
                socialCase.getArea(), socialCase.getStatus(), socialCase.getOpenedAt(), managers.get(socialCase.getCaseManager()),
                access.toCase(operator, socialCase.getId()).isPresent())).toList();
    }

    private ConsentLine consentLine(Consent consent) {
        String unit = consent.recipient().unitCode();
        return new ConsentLine(consent, unit == null ? null : units.get(unit).getName(),
                consent.recipient().category() == null ? null : "body-category." + consent.recipient().category().code());
    }

    private String comune(IstatCode code) {
        return municipalities.get(code).getName();
    }
}
