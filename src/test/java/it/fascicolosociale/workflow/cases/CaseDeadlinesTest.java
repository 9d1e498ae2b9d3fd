package it.fascicolosociale.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CaseDeadlinesTest {

    @Test
    void takesTheDeadlineOfTheAreaWhenConfiguredAndTheDefaultOtherwise() {
        CaseDeadlines deadlines = new CaseDeadlines(new MockEnvironment()
                .withProperty("fascicolo.cases.first-interview-due.default", "P30D")
                .withProperty("fascicolo.cases.first-interview-due.elderly", "P20D"));

        assertThat(deadlines.firstInterviewDue("elderly")).isEqualTo("P20D");
        assertThat(deadlines.firstInterviewDue("disability")).isEqualTo("P30D");
    }

    @Test
    void fallsBackToThirtyDaysWithoutConfiguration() {
        assertThat(new CaseDeadlines(new MockEnvironment()).firstInterviewDue("elderly")).isEqualTo("P30D");
    }
}
