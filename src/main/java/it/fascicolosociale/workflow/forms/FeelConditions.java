package it.fascicolosociale.workflow.forms;

import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * Evaluates the FEEL conditions of form fields ({@code conditional.hide}) with the FEEL engine that ships
 * with Camunda, on the same values the form showed in the browser.
 */
final class FeelConditions {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private FeelConditions() {
    }

    /**
     * True when the condition holds. Conditions are written "=expression" as in form-js; an expression
     * that does not evaluate to a boolean (e.g. refers to a field left empty) counts as false, as form-js does.
     */
    static boolean holds(String condition, Map<String, Object> context) {
        if (condition == null || condition.isBlank()) {
            return false;
        }
        String expression = condition.startsWith("=") ? condition.substring(1) : condition;
        VariableContext variables = Variables.fromMap(context).asVariableContext();
        try {
            Object result = FEEL.evaluateSimpleExpression(expression, variables);
            return Boolean.TRUE.equals(result);
        } catch (FeelException notBoolean) {
            return false;
        }
    }
}
