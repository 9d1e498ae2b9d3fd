package it.fascicolosociale.workflow.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.Benefit;
import it.fascicolosociale.benefits.BenefitRequest;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.platform.Period;

/**
 * Records the benefit the presa in carico asks for (one instance of its multi-instance call activity per
 * planned intervention): the variables of the call ({@code caseId}, {@code interventionId}, {@code itemCode},
 * {@code quantity}, {@code periodFrom}, {@code periodTo}, requested by {@code caseManager}) become a
 * {@link Benefit}, and the process keeps its id as {@code benefitId}.
 */
@Component("recordBenefitRequest")
class RecordBenefitRequest implements JavaDelegate {

    static final String BENEFIT_ID = "benefitId";

    private static final Logger LOG = LoggerFactory.getLogger(RecordBenefitRequest.class);

    private final Benefits benefits;

    RecordBenefitRequest(Benefits benefits) {
        this.benefits = benefits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = id(execution.getVariable("caseId"));
        BenefitRequest request = new BenefitRequest(caseId, id(execution.getVariable("interventionId")),
                (String) execution.getVariable("itemCode"), new BigDecimal((String) execution.getVariable("quantity")),
                new Period(day(execution, "periodFrom"), day(execution, "periodTo")));
        Benefit benefit = benefits.request(request, (String) execution.getVariable("caseManager"));
        execution.setVariable(BENEFIT_ID, benefit.getId());
        LOG.info("Benefit {} requested for case {}", benefit.getId(), caseId);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate day(DelegateExecution execution, String name) {
        return LocalDate.parse((String) execution.getVariable(name));
    }
}
