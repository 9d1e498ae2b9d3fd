package it.fascicolosociale.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted form as it was validated and saved: which form and version, for which business key and
 * task, by whom and when, and the values (JSON). Never changed afterwards; a new submission of the same
 * form for the same business key is a new revision.
 */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_key", updatable = false)
    private String formKey;

    @Column(name = "form_version", updatable = false)
    private int formVersion;

    @Column(updatable = false)
    private int revision;

    @Column(name = "business_key", updatable = false)
    private String businessKey;

    @Column(name = "process_definition_id", updatable = false)
    private String processDefinitionId;

    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "task_definition_key", updatable = false)
    private String taskDefinitionKey;

    @Column(name = "operator_username", updatable = false)
    private String operator;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    private String data;

    protected FormSubmission() {
    }

    FormSubmission(SubmissionContext context, int revision, String operator, Instant submittedAt, String data) {
        this.formKey = context.formKey();
        this.formVersion = context.formVersion();
        this.revision = revision;
        this.businessKey = context.businessKey();
        this.processDefinitionId = context.processDefinitionId();
        this.processInstanceId = context.processInstanceId();
        this.taskId = context.taskId();
        this.taskDefinitionKey = context.taskDefinitionKey();
        this.operator = operator;
        this.submittedAt = submittedAt;
        this.data = data;
    }

    public Long getId() {
        return id;
    }

    public String getFormKey() {
        return formKey;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public int getRevision() {
        return revision;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessDefinitionId() {
        return processDefinitionId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskDefinitionKey() {
        return taskDefinitionKey;
    }

    public String getOperator() {
        return operator;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getData() {
        return data;
    }
}
