package it.fascicolosociale.workflow.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.fascicolosociale.benefits.ServiceCatalogue;
import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.workflow.JsonVariable;

/**
 * Prepares the PAI form: the catalogue items of the case's area and the services a referral can go to as
 * options, and, when a version was sent back, what it said and why, so that the case manager reworks it.
 */
@Component("planOptions")
class PlanOptions implements TaskListener {

    static final String EXTERNAL = "external";
    private static final Set<UnitFunction> REFERRAL_TARGETS = EnumSet.of(UnitFunction.FAMILY_COUNSELLING,
            UnitFunction.ADDICTION_SERVICE, UnitFunction.MENTAL_HEALTH, UnitFunction.DEVELOPMENTAL_AGE,
            UnitFunction.CHILD_PROTECTION, UnitFunction.SOCIAL_WORK, UnitFunction.UVMD);

    private final ServiceCatalogue catalogue;
    private final Units units;
    private final CarePlans carePlans;
    private final MessageSource messages;

    PlanOptions(ServiceCatalogue catalogue, Units units, CarePlans carePlans, MessageSource messages) {
        this.catalogue = catalogue;
        this.units = units;
        this.carePlans = carePlans;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        UserArea area = UserArea.fromCode((String) task.getVariable("area"));
        json(task, "catalogueOptions", catalogue.itemsFor(area).stream()
                .map(item -> option(item.getCode(), item.getNameIt())).toList());
        List<Map<String, String>> targets = new ArrayList<>(units.all().stream()
                .filter(unit -> unit.isActive() && REFERRAL_TARGETS.contains(unit.getFunction()))
                .map(unit -> option(unit.getCode(), unit.getName())).toList());
        targets.add(option(EXTERNAL, messages.getMessage("plan.referral.external", null, java.util.Locale.ITALIAN)));
        json(task, "referralTargetOptions", targets);
        carePlans.versions((Long) task.getVariable("caseId")).stream().findFirst()
                .ifPresent(latest -> task.setVariablesLocal(PlanRows.prefill(latest)));
    }

    private static Map<String, String> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

    private static void json(DelegateTask task, String name, Object value) {
        task.setVariableLocal(name, JsonVariable.of(value));
    }
}
