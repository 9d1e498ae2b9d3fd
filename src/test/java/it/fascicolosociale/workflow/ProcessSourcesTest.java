package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * processes/ and forms/ are sources a coordinator opens in the Camunda Modeler: every element has its
 * place in the diagram and a name, every user task names a form that exists, and every form is used.
 */
class ProcessSourcesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyElementOfEveryProcessIsDrawnAndNamed() throws IOException {
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
            Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

            assertThat(ids(model.getModelElementsByType(FlowNode.class))).as("nodes drawn in %s", file).isSubsetOf(shapes);
            assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).as("flows drawn in %s", file).isSubsetOf(edges);
            assertThat(model.getModelElementsByType(FlowNode.class))
                    .as("nodes named in %s", file)
                    .allSatisfy(node -> assertThat(node.getName()).as(node.getId()).isNotBlank());
        }
    }

    @Test
    void everyUserTaskUsesAFormAndEveryFormIsUsed() throws IOException {
        Map<String, Path> forms = new HashMap<>();
        for (Path file : files("forms", ".form")) {
            forms.put(json.readTree(file.toFile()).path("id").asText(), file);
        }
        Set<String> referenced = new HashSet<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of user task %s in %s", task.getId(), file).isNotBlank();
                referenced.add(task.getCamundaFormRef());
            }
            model.getModelElementsByType(StartEvent.class).stream()
                    .map(StartEvent::getCamundaFormRef)
                    .filter(ref -> ref != null)
                    .forEach(referenced::add);
        }

        assertThat(forms.keySet()).as("forms in forms/").containsAll(referenced);
        assertThat(referenced).as("forms used by a process").containsAll(forms.keySet());
    }

    private static Set<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static List<Path> files(String folder, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of(folder))) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        }
    }
}
