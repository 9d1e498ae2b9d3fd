package it.fascicolosociale.kpi.generator;

import static it.fascicolosociale.kpi.generator.History.engine;
import static it.fascicolosociale.kpi.generator.History.millis;

import java.time.Instant;

/**
 * One process instance (or one scope of it: a sub-process, a multi-instance body) whose activities are written in
 * the order they ran. Everything it writes names the instance, its root, its definition and its parent scope.
 */
final class Run {

    private final History history;
    private final ProcessModel model;
    private final String processInstanceId;
    private final String rootId;
    private final String businessKey;
    private final Instant start;
    private final String startUser;
    private final String startActivity;
    private final String superId;
    private final String parentActivityInstance;
    private final String execution;
    private final long[] sequence;

    Run(History history, ProcessModel model, String id, String businessKey, Instant start, String startUser,
        String startActivity, Run caller) {
        this.history = history;
        this.model = model;
        this.processInstanceId = id;
        this.rootId = caller == null ? id : caller.rootId;
        this.businessKey = businessKey;
        this.start = start;
        this.startUser = startUser;
        this.startActivity = startActivity;
        this.superId = caller == null ? null : caller.processInstanceId;
        this.parentActivityInstance = id;
        this.execution = id;
        this.sequence = new long[] {0};
    }

    private Run(Run parent, String parentActivityInstance) {
        this.history = parent.history;
        this.model = parent.model;
        this.processInstanceId = parent.processInstanceId;
        this.rootId = parent.rootId;
        this.businessKey = parent.businessKey;
        this.start = parent.start;
        this.startUser = parent.startUser;
        this.startActivity = parent.startActivity;
        this.superId = parent.superId;
        this.parentActivityInstance = parentActivityInstance;
        this.execution = history.uuid();
        this.sequence = parent.sequence;
    }

    String id() {
        return processInstanceId;
    }

    /** An activity that ran from start to end (an end event completes its scope). */
    String activity(String activityId, Instant from, Instant to) {
        String type = model.activity(activityId)[0];
        return write(activityId, from, to, type.endsWith("EndEvent") ? 1 : 4, null, null, null);
    }

    /** An activity cancelled at {@code to} (by an interrupting event or a terminate end event). */
    String cancelled(String activityId, Instant from, Instant to) {
        return write(activityId, from, to, 2, null, null, null);
    }

    /** A call activity and the instance it called. */
    String call(String activityId, Instant from, Instant to, Run called) {
        return write(activityId, from, to, 4, null, null, called.processInstanceId);
    }

    /**
     * A user task offered to a candidate group (or null) and done by the assignee; {@code completed} false when an
     * interrupting event or the end of the process deleted it.
     */
    void task(String activityId, Instant from, Instant to, String assignee, String group, Instant due, boolean completed) {
        String taskId = history.uuid();
        String activityInstance = write(activityId, from, to, completed ? 4 : 2, taskId, assignee, null);
        history.tasks.row(taskId, activityId, model.key(), model.definitionId(), rootId, processInstanceId, execution,
                activityInstance, model.activity(activityId)[1], assignee, engine(from), engine(to), millis(from, to),
                completed ? "completed" : "deleted", 50, engine(due), completed ? "Completed" : "Deleted");
        if (group != null) {
            link(from, "candidate", null, group, taskId, startUser);
        }
        if (assignee != null) {
            link(group == null ? from : to, "assignee", assignee, null, taskId, assignee);
        }
    }

    /** A sub-process (or multi-instance body) that ran from start to end; its activities go to the returned scope. */
    Run scope(String activityId, Instant from, Instant to) {
        return new Run(this, write(activityId, from, to, 4, null, null, null));
    }

    void variable(String name, Object value, Instant at) {
        boolean number = value instanceof Long;
        history.variables.row(history.uuid(), model.key(), model.definitionId(), rootId, processInstanceId, processInstanceId,
                processInstanceId, name, number ? "long" : value instanceof Boolean ? "boolean" : "string", engine(at), 0,
                number ? value : value instanceof Boolean b ? (b ? 1L : 0L) : null,
                value instanceof Boolean ? null : value.toString(), "CREATED");
    }

    /** The instance completed at {@code at} in the given end event. */
    void end(Instant at, String endActivity) {
        history.processes.row(processInstanceId, processInstanceId, businessKey, model.key(), model.definitionId(),
                engine(start), engine(at), millis(start, at), startUser, startActivity, endActivity, superId, rootId,
                "COMPLETED");
    }

    private String write(String activityId, Instant from, Instant to, int state, String taskId, String assignee,
                         String calledInstance) {
        String[] described = model.activity(activityId);
        String uuid = history.uuid();
        // as the engine: "activity:id", or the bare id when that would not fit the 64 characters of ID_
        String id = activityId.length() + 1 + uuid.length() > 64 ? uuid : activityId + ":" + uuid;
        history.activities.row(id, parentActivityInstance, model.key(), model.definitionId(), rootId, processInstanceId,
                execution, activityId, taskId, calledInstance, described[1], described[0], assignee, engine(from), engine(to),
                millis(from, to), state, ++sequence[0]);
        return id;
    }

    private void link(Instant at, String type, String user, String group, String taskId, String assigner) {
        history.links.row(history.uuid(), engine(at), type, user, group, taskId, rootId, model.definitionId(), "add",
                assigner, model.key());
    }
}
