package it.fascicolosociale.workflow.uvmd;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import it.fascicolosociale.cases.CaseFixture;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;

/** A case of an invented person, and the variables with which the presa in carico calls the uvmd process. */
final class UvmdCases {

    private final CaseFixture cases;
    private final RuntimeService runtimeService;

    UvmdCases(CaseFixture cases, RuntimeService runtimeService) {
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    SocialCase open(String comune, String area, String caseManager) {
        return cases.open(comune, UserArea.fromCode(area), caseManager);
    }

    /** Starts uvmd directly, as the call activity of the presa in carico would: business key and in-variables. */
    ProcessInstance start(String comune, String area, String caseManager) {
        SocialCase socialCase = open(comune, area, caseManager);
        return runtimeService.startProcessInstanceByKey("uvmd", "case-" + socialCase.getId(), variablesOf(socialCase));
    }

    static Map<String, Object> variablesOf(SocialCase socialCase) {
        return Map.of("caseId", socialCase.getId(), "personId", socialCase.getPersonId(),
                "comune", socialCase.getComune().value(), "area", socialCase.getArea().code(),
                "caseManager", socialCase.getCaseManager());
    }
}
