package it.fascicolosociale.workflow.cases;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/** Test fixture: a synthetic person taken in charge, and the presa in carico started as the intake starts it. */
@Component
public class OpenCases {

    private final People people;
    private final Cases cases;
    private final RuntimeService runtimeService;

    OpenCases(People people, Cases cases, RuntimeService runtimeService) {
        this.people = people;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /** An opened case and its running presa in carico. */
    public record OpenCase(Long caseId, ProcessInstance process) {
    }

    public OpenCase open(String comune, String area, String caseManager) {
        Long personId = people.register(new PersonDetails("Prova", "Caso", Sex.F, LocalDate.of(1960, 2, 2), null, null, null,
                MissingFiscalCodeReason.NOT_DISCLOSED, new Residence(new IstatCode(comune), null), Contacts.NONE)).getId();
        return start(cases.open(new CaseOpening(personId, new IstatCode(comune), UserArea.fromCode(area), caseManager, null),
                "giorgio.moretti"));
    }

    /** The presa in carico of a case already opened, started as the intake starts it. */
    public OpenCase start(SocialCase socialCase) {
        ProcessInstance process = runtimeService.startProcessInstanceByMessage("CaseOpened", "case-" + socialCase.getId(),
                Map.of("caseId", socialCase.getId(), "personId", socialCase.getPersonId(), "comune", socialCase.getComune().value(),
                        "area", socialCase.getArea().code(), "caseManager", socialCase.getCaseManager()));
        return new OpenCase(socialCase.getId(), process);
    }
}
