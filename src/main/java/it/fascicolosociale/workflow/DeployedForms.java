package it.fascicolosociale.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormSchemaReader;

/**
 * The Camunda Form a task or a start event shows, as the engine resolves its formRef (latest version,
 * the one deployed with the process, or a fixed version), read once per form version.
 */
@Component
public class DeployedForms {

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final JdbcClient jdbc;
    private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

    DeployedForms(FormService formService, RepositoryService repositoryService, JdbcClient jdbc) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.jdbc = jdbc;
    }

    public FormSchema ofTask(String taskId) {
        FormData formData = formService.getTaskFormData(taskId);
        CamundaFormRef ref = requireRef(formData.getCamundaFormRef(), taskId);
        int version = resolveVersion(ref, deploymentOf(formData));
        return schemas.computeIfAbsent(ref.getKey() + ":" + version, cacheKey -> read(formService.getDeployedTaskForm(taskId), version));
    }

    public FormSchema ofStart(String processDefinitionId) {
        FormData formData = formService.getStartFormData(processDefinitionId);
        CamundaFormRef ref = requireRef(formData.getCamundaFormRef(), processDefinitionId);
        int version = resolveVersion(ref, deploymentOf(formData));
        return schemas.computeIfAbsent(ref.getKey() + ":" + version,
                cacheKey -> read(formService.getDeployedStartForm(processDefinitionId), version));
    }

    /** A version of a form as it was deployed, e.g. the one a saved submission was validated against. */
    public FormSchema ofVersion(String key, int version) {
        return schemas.computeIfAbsent(key + ":" + version, cacheKey -> {
            Map<String, Object> resource = jdbc.sql("select deployment_id_ as deployment, resource_name_ as name"
                    + " from act_re_camformdef where key_ = :key and version_ = :version")
                    .param("key", key).param("version", version).query().singleRow();
            return read(repositoryService.getResourceAsStream((String) resource.get("deployment"),
                    (String) resource.get("name")), version);
        });
    }

    private String deploymentOf(FormData formData) {
        return formData.getDeploymentId();
    }

    private int resolveVersion(CamundaFormRef ref, String processDeploymentId) {
        return switch (ref.getBinding()) {
            case "version" -> ref.getVersion();
            case "deployment" -> jdbc.sql("select version_ from act_re_camformdef where key_ = :key and deployment_id_ = :deployment")
                    .param("key", ref.getKey()).param("deployment", processDeploymentId).query(Integer.class).single();
            default -> jdbc.sql("select max(version_) from act_re_camformdef where key_ = :key")
                    .param("key", ref.getKey()).query(Integer.class).single();
        };
    }

    private static CamundaFormRef requireRef(CamundaFormRef ref, String owner) {
        if (ref == null) {
            throw new RuleViolation("error.task.no-form", "No Camunda Form for " + owner, owner);
        }
        return ref;
    }

    private static FormSchema read(InputStream json, int version) {
        try (json) {
            return FormSchemaReader.read(json, version);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
