package it.fascicolosociale.kpi.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import it.fascicolosociale.kpi.generator.Table.EngineTime;

/**
 * Writes the engine's history of generated process instances as Camunda 7.24 writes it at history level full:
 * ACT_HI_PROCINST, ACT_HI_ACTINST (ids {@code activity:uuid}, parent activity instances, states 4 for a finished
 * activity, 1 for an end event, 2 for a cancelled one), ACT_HI_TASKINST with due dates, the candidate-group and
 * assignee links of ACT_HI_IDENTITYLINK, and the process variables in ACT_HI_VARINST. Called processes carry
 * their super and root instance, as a call activity makes them. Ids are UUIDs drawn from the seeded generator.
 */
final class History {

    final Table processes = new Table("act_hi_procinst", "id_", "proc_inst_id_", "business_key_", "proc_def_key_",
            "proc_def_id_", "start_time_", "end_time_", "duration_", "start_user_id_", "start_act_id_", "end_act_id_",
            "super_process_instance_id_", "root_proc_inst_id_", "state_");
    final Table activities = new Table("act_hi_actinst", "id_", "parent_act_inst_id_", "proc_def_key_", "proc_def_id_",
            "root_proc_inst_id_", "proc_inst_id_", "execution_id_", "act_id_", "task_id_", "call_proc_inst_id_", "act_name_",
            "act_type_", "assignee_", "start_time_", "end_time_", "duration_", "act_inst_state_", "sequence_counter_");
    final Table tasks = new Table("act_hi_taskinst", "id_", "task_def_key_", "proc_def_key_", "proc_def_id_",
            "root_proc_inst_id_", "proc_inst_id_", "execution_id_", "act_inst_id_", "name_", "assignee_", "start_time_",
            "end_time_", "duration_", "delete_reason_", "priority_", "due_date_", "task_state_");
    final Table links = new Table("act_hi_identitylink", "id_", "timestamp_", "type_", "user_id_", "group_id_", "task_id_",
            "root_proc_inst_id_", "proc_def_id_", "operation_type_", "assigner_id_", "proc_def_key_");
    final Table variables = new Table("act_hi_varinst", "id_", "proc_def_key_", "proc_def_id_", "root_proc_inst_id_",
            "proc_inst_id_", "execution_id_", "act_inst_id_", "name_", "var_type_", "create_time_", "rev_", "long_", "text_",
            "state_");

    private final Random random;

    History(Random random) {
        this.random = random;
    }

    List<Table> tables() {
        return List.of(processes, activities, tasks, links, variables);
    }

    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A process instance started at {@code at}; {@code caller} is the run of the calling process, or null. */
    Run start(ProcessModel model, String businessKey, Instant at, String startUser, String startActivity, Run caller) {
        return new Run(this, model, uuid(), businessKey, at, startUser, startActivity, caller);
    }

    static EngineTime engine(Instant instant) {
        return instant == null ? null : new EngineTime(instant);
    }

    static Long millis(Instant start, Instant end) {
        return end == null ? null : Duration.between(start, end).toMillis();
    }
}
