package it.fascicolosociale.careplans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

    List<CarePlan> findByCaseIdOrderByRevisionDesc(Long caseId);

    Optional<CarePlan> findFirstByCaseIdAndStatus(Long caseId, PlanStatus status);
}
