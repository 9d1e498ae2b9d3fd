package it.fascicolosociale.workflow.referrals;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/**
 * Test fixture for referral processes: a synthetic person of Camposampiero with an open family and minors case
 * (case manager marco.ferro), and the form values a sender types, one part at a time.
 */
@Component
class ReferralFixture {

    static final IstatCode CAMPOSAMPIERO = new IstatCode("028019");
    static final String SENDER = "marco.ferro";

    private final People people;
    private final Cases cases;
    private final HistoryService history;

    ReferralFixture(People people, Cases cases, HistoryService history) {
        this.people = people;
        this.cases = cases;
        this.history = history;
    }

    /** A case of Prova Invio, born on 20 May 1984, who gives no codice fiscale. */
    Long openCase() {
        Long personId = people.register(new PersonDetails("Prova", "Invio", Sex.F, LocalDate.of(1984, 5, 20), null, "IT", null,
                MissingFiscalCodeReason.NOT_DISCLOSED, new Residence(CAMPOSAMPIERO, "Via della Prova 3"), Contacts.NONE)).getId();
        return cases.open(new CaseOpening(personId, CAMPOSAMPIERO, UserArea.FAMILY_MINORS, SENDER, null), "giorgio.moretti").getId();
    }

    Long personOf(Long caseId) {
        return cases.get(caseId).getPersonId();
    }

    static Map<String, Object> toService(String service) {
        return Map.of("targetKind", "unit", "targetService", service);
    }

    static Map<String, Object> toExternalBody(String kind, String name) {
        return Map.of("targetKind", "external", "externalKind", kind, "externalName", name,
                "externalAddress", "Via della Scuola 1, 35012 Camposampiero");
    }

    static Map<String, Object> consentOnRecord() {
        return Map.of("justification", "consent");
    }

    static Map<String, Object> consentGivenToday() {
        return Map.of("justification", "record-consent", "consentScope", "referral", "consentGivenOn", "2026-03-02",
                "consentFrom", "2026-03-02");
    }

    static Map<String, Object> legalBasis(String basis, String reason) {
        return Map.of("justification", "legal-basis", "legalBasis", basis, "legalBasisReason", reason);
    }

    @SafeVarargs
    static Map<String, Object> form(Map<String, Object>... parts) {
        Map<String, Object> form = new HashMap<>();
        for (Map<String, Object> part : parts) {
            form.putAll(part);
        }
        return form;
    }

    static Task taskAt(ProcessInstance instance, String taskDefinitionKey) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    static Long referralId(ProcessInstance referral) {
        return Long.valueOf(referral.getBusinessKey().substring("referral-".length()));
    }

    /** What the process gives its caller, also once it has ended. */
    Object outcome(ProcessInstance referral) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
                .variableName("referralOutcome").singleResult().getValue();
    }
}
