package it.fascicolosociale.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.RuleViolation;

/**
 * The user's share of the cost of a benefit (compartecipazione al costo), per unit delivered.
 *
 * <p>Norms: DPCM 5 dicembre 2013, n. 159 (regolamento ISEE). Art. 1, c. 1, lett. e) and f): a
 * prestazione sociale agevolata is linked in its measure or cost to the economic situation, and home or
 * semi-residential care of disabled and non-self-sufficient people is a prestazione agevolata di natura
 * sociosanitaria. Art. 2, c. 1: the ISEE is the measure for access to these benefits and for the level of
 * co-payment, set by the ente erogatore. Art. 6: socio-sanitary benefits use the socio-sanitary ISEE (the
 * caller passes the value of the attestation type the service requires). The ente's own rules are its
 * tariff table, as approved for the period ({@link Tariff}): unit tariff, exemption threshold, ISEE bands.
 *
 * <p>The rule is the decision {@code copayment} in {@code processes/copayment.dmn}, which a coordinator
 * edits in the Camunda Modeler: no ISEE (not presented, or expired) pays the full tariff, an ISEE up to the
 * exemption threshold pays nothing, above it the band the ISEE falls in gives the percentage. The tariff
 * in force passes its threshold and bands to the decision, so each tariff table drives the same rule.
 * A tariff without co-payment ({@link CoPaymentModel#NONE}) costs the user nothing, without the decision.
 */
@Component
public class CoPaymentPolicy {

    static final String DECISION_KEY = "copayment";

    private final ServiceCatalogue catalogue;
    private final DecisionService decisions;

    CoPaymentPolicy(ServiceCatalogue catalogue, DecisionService decisions) {
        this.catalogue = catalogue;
        this.decisions = decisions;
    }

    /**
     * The split of one unit of an item delivered on a day, for a user with the given ISEE value;
     * an empty ISEE means none was presented, or it has expired.
     */
    public CoPayment coPaymentFor(String itemCode, LocalDate day, Optional<BigDecimal> iseeValue) {
        if (iseeValue.filter(value -> value.signum() < 0).isPresent()) {
            throw new RuleViolation("error.copayment.negative-isee", "an ISEE value is never negative");
        }
        TariffTerms terms = catalogue.tariffInForce(itemCode, day).terms();
        BigDecimal userShare = switch (terms.coPaymentModel()) {
            case NONE -> BigDecimal.ZERO;
            case ISEE_BANDS -> decideUserShare(terms, iseeValue.orElse(null));
        };
        return CoPayment.of(terms.unitTariff(), userShare);
    }

    private BigDecimal decideUserShare(TariffTerms terms, BigDecimal iseeValue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("iseeValue", iseeValue);
        variables.put("exemptionThreshold", terms.exemptionThreshold());
        variables.put("bands", asVariable(terms.bands()));
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(variables).evaluate().getSingleResult();
        Object share = result == null ? null : result.getSingleEntry();
        if (!(share instanceof Number number)) {
            throw new RuleViolation("error.copayment.no-result", "decision " + DECISION_KEY + " gave no user share");
        }
        return new BigDecimal(number.toString());
    }

    /** The bands as the decision reads them: a list of contexts, ascending, the open band last. */
    static List<Map<String, Object>> asVariable(List<TariffBand> bands) {
        return bands.stream().map(CoPaymentPolicy::asVariable).toList();
    }

    private static Map<String, Object> asVariable(TariffBand band) {
        Map<String, Object> context = new HashMap<>();
        context.put("iseeUpTo", band.iseeUpTo());
        context.put("userSharePercent", band.userSharePercent());
        return context;
    }
}
