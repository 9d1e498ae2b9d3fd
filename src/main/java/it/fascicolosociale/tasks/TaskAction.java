package it.fascicolosociale.tasks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A claim, release or delegation of a task, with the reason the operator gave: part of the record of the work,
 * which the engine's history keeps without reasons. Never changed once written.
 */
@Entity
@Table(name = "task_action")
public class TaskAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(name = "task_name", updatable = false)
    private String taskName;

    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;

    @Column(name = "business_key", updatable = false)
    private String businessKey;

    @Convert(converter = TaskActionKind.KindConverter.class)
    @Column(updatable = false)
    private TaskActionKind action;

    @Column(name = "done_by", updatable = false)
    private String doneBy;

    @Column(name = "to_operator", updatable = false)
    private String toOperator;

    @Column(updatable = false)
    private String reason;

    @Column(name = "done_at", updatable = false)
    private Instant doneAt;

    protected TaskAction() {
    }

    TaskAction(OpenTask task, TaskActionKind action, String doneBy, String toOperator, String reason, Instant doneAt) {
        this.taskId = task.id();
        this.taskName = task.name();
        this.processInstanceId = task.processInstanceId();
        this.businessKey = task.businessKey();
        this.action = action;
        this.doneBy = doneBy;
        this.toOperator = toOperator;
        this.reason = reason;
        this.doneAt = doneAt;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public TaskActionKind getAction() {
        return action;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getToOperator() {
        return toOperator;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
