package it.fascicolosociale.workflow.benefits;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.CoPaymentPolicy;

/**
 * The business rule task of the benefit: prices it through {@link CoPaymentPolicy}, which evaluates the
 * decision {@code copayment} (processes/copayment.dmn) with the threshold and bands of the tariff in force.
 * The decision stays the one source of truth; the policy adds what a table cannot say by itself (which
 * tariff is in force, tariffs without co-payment), so the BPMN does not repeat it with process variables.
 */
@Component("computeCoPayment")
class ComputeCoPayment implements JavaDelegate {

    private final Benefits benefits;

    ComputeCoPayment(Benefits benefits) {
        this.benefits = benefits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        benefits.computeCoPayment(((Number) execution.getVariable(RecordBenefitRequest.BENEFIT_ID)).longValue());
    }
}
