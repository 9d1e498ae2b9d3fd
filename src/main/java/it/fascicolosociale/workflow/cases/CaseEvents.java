package it.fascicolosociale.workflow.cases;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.platform.NotFoundException;

/**
 * What happens to a case from outside its process: reopening a closed case, a change of residence, an urgent
 * report. Each is recorded on the case and delivered to its presa in carico as the BPMN message it waits for.
 */
@Service
@Transactional
@NamedInterface("case-events")
public class CaseEvents {

    private final Cases cases;
    private final Municipalities municipalities;
    private final RuntimeService runtimeService;

    CaseEvents(Cases cases, Municipalities municipalities, RuntimeService runtimeService) {
        this.cases = cases;
        this.municipalities = municipalities;
        this.runtimeService = runtimeService;
    }

    /** Reopens a closed case: a new presa in carico starts from the social assessment. */
    public void reopen(Long caseId, String reason, String operator) {
        SocialCase socialCase = cases.reopen(caseId, reason, operator);
        runtimeService.startProcessInstanceByMessage("CaseReopened", businessKey(caseId), Map.of(
                "caseId", caseId, "personId", socialCase.getPersonId(), "comune", socialCase.getComune().value(),
                "area", socialCase.getArea().code(), "caseManager", socialCase.getCaseManager()));
    }

    /** The person now lives in another comune: within the district the case follows; outside, it closes as transferred. */
    public void residenceChanged(Long caseId, IstatCode newComune, String operator) {
        cases.get(caseId);
        boolean withinDistrict = municipalities.all().stream().anyMatch(municipality -> municipality.getIstatCode().equals(newComune));
        runtimeService.createMessageCorrelation(withinDistrict ? "ResidenceChanged" : "ResidenceLeftDistrict")
                .processInstanceBusinessKey(businessKey(caseId))
                .setVariable("newComune", newComune.value())
                .setVariable("residenceReportedBy", operator)
                .correlateWithResult();
    }

    /** An urgent report on an open case: the case manager gets a task due within 24 hours. */
    public void urgentReport(Long caseId, String text, String operator) {
        cases.recordUrgentReport(caseId, text, operator);
        runtimeService.createMessageCorrelation("UrgentReport")
                .processInstanceBusinessKey(businessKey(caseId))
                .correlateWithResult();
    }

    private static String businessKey(Long caseId) {
        if (caseId == null) {
            throw new NotFoundException("error.case.not-found", "no case id");
        }
        return "case-" + caseId;
    }
}
