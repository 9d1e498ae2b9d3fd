package it.fascicolosociale.kpi.generator;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A deployed process definition as the generator writes its history: the definition id of the latest version,
 * and for each activity id of the BPMN the type and name the engine records. An activity id the BPMN does not
 * have stops the generator, so the history can only name activities that exist.
 */
final class ProcessModel {

    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final String key;
    private final String definitionId;
    private final BpmnModelInstance bpmn;
    private final Map<String, String[]> activities = new HashMap<>();

    private ProcessModel(String key, String definitionId, BpmnModelInstance bpmn) {
        this.key = key;
        this.definitionId = definitionId;
        this.bpmn = bpmn;
    }

    static ProcessModel latest(RepositoryService repository, String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("process " + key + " is not deployed");
        }
        return new ProcessModel(key, definition.getId(), repository.getBpmnModelInstance(definition.getId()));
    }

    String key() {
        return key;
    }

    String definitionId() {
        return definitionId;
    }

    /** The engine's activity type (ACT_TYPE_) and name (ACT_NAME_) of an activity of this process. */
    String[] activity(String activityId) {
        String[] known = activities.get(activityId);
        if (known == null) {
            known = describe(activityId);
            activities.put(activityId, known);
        }
        return known;
    }

    private String[] describe(String activityId) {
        if (activityId.endsWith(MULTI_INSTANCE_BODY)) {
            String inner = activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length());
            return new String[] {"multiInstanceBody", activity(inner)[1]};
        }
        FlowNode node = bpmn.getModelElementById(activityId);
        if (node == null) {
            throw new IllegalStateException("process " + key + " has no activity " + activityId);
        }
        return new String[] {type(node), node.getName()};
    }

    private static String type(FlowNode node) {
        if (node instanceof UserTask) {
            return "userTask";
        } else if (node instanceof ServiceTask) {
            return "serviceTask";
        } else if (node instanceof BusinessRuleTask) {
            return "businessRuleTask";
        } else if (node instanceof CallActivity) {
            return "callActivity";
        } else if (node instanceof SubProcess) {
            return "subProcess";
        } else if (node instanceof ExclusiveGateway) {
            return "exclusiveGateway";
        } else if (node instanceof ParallelGateway) {
            return "parallelGateway";
        } else if (node instanceof BoundaryEvent) {
            return "boundaryTimer";
        } else if (node instanceof IntermediateCatchEvent) {
            return "intermediateTimer";
        } else if (node instanceof IntermediateThrowEvent) {
            return "intermediateMessageThrowEvent";
        } else if (node instanceof StartEvent start) {
            return start.getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition)
                    ? "messageStartEvent" : "startEvent";
        } else if (node instanceof EndEvent end) {
            return end.getEventDefinitions().stream().anyMatch(d -> d instanceof TerminateEventDefinition)
                    ? "terminateEndEvent" : "noneEndEvent";
        }
        throw new IllegalStateException("no engine type for " + node.getElementType().getTypeName());
    }
}
