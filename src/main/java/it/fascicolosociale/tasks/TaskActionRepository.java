package it.fascicolosociale.tasks;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskActionRepository extends JpaRepository<TaskAction, Long> {

    List<TaskAction> findByTaskIdOrderByDoneAtAscIdAsc(String taskId);
}
