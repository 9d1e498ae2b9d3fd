package it.fascicolosociale.careplans;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedInterventionRepository extends JpaRepository<PlannedIntervention, Long> {
}
