package it.fascicolosociale.workflow;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** A list or map stored in a process or task variable as JSON, as forms read it (e.g. the options of a select). */
public final class JsonVariable {

    private JsonVariable() {
    }

    public static ObjectValue of(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
