package it.fascicolosociale.workflow.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Camunda Form as deployed: its id (the formRef of tasks), version, and components. */
public record FormSchema(String id, int version, List<FormComponent> components) {

    public FormSchema {
        components = List.copyOf(components);
    }

    /** Every input of the form, those inside groups included, in form order. */
    public List<FormComponent> inputs() {
        List<FormComponent> inputs = new ArrayList<>();
        collectInputs(components, inputs);
        return inputs;
    }

    public Optional<FormComponent> input(String key) {
        return inputs().stream().filter(component -> component.key().equals(key)).findFirst();
    }

    private static void collectInputs(List<FormComponent> components, List<FormComponent> inputs) {
        for (FormComponent component : components) {
            if (component.isInput()) {
                inputs.add(component);
            }
            if (!component.isRepeating()) {
                collectInputs(component.components(), inputs);
            }
        }
    }
}
