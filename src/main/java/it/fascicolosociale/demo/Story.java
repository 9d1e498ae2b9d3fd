package it.fascicolosociale.demo;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One synthetic person's way through the services, as it unfolds: where they live, their user area, and the
 * business keys of the processes that concern them (the accesso, then the case, or a referral of the accesso),
 * which is how the demo finds their tasks, as the task list would.
 */
final class Story {

    private final int number;
    private final String comune;
    private final String area;
    private final SyntheticPerson person;
    private final Set<String> businessKeys = new LinkedHashSet<>();
    private Long intakeId;
    private Long caseId;

    Story(int number, String comune, String area, SyntheticPerson person) {
        this.number = number;
        this.comune = comune;
        this.area = area;
        this.person = person;
    }

    int number() {
        return number;
    }

    String comune() {
        return comune;
    }

    String area() {
        return area;
    }

    SyntheticPerson person() {
        return person;
    }

    String[] businessKeys() {
        return businessKeys.toArray(String[]::new);
    }

    Set<String> keys() {
        return businessKeys;
    }

    void registered(String intakeBusinessKey) {
        businessKeys.add(intakeBusinessKey);
        intakeId = Long.valueOf(intakeBusinessKey.substring("intake-".length()));
    }

    void follows(String businessKey) {
        businessKeys.add(businessKey);
    }

    void opened(Long openedCaseId) {
        caseId = openedCaseId;
        businessKeys.add("case-" + openedCaseId);
    }

    Long intakeId() {
        return intakeId;
    }

    Long caseId() {
        return caseId;
    }
}
