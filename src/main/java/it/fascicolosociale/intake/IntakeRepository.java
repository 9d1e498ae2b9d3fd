package it.fascicolosociale.intake;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    List<Intake> findByPersonIdOrderByRegisteredAtDesc(Long personId);

    List<Intake> findByPersonIdIn(Collection<Long> personIds);
}
