package it.fascicolosociale.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByGivenOnDescIdDesc(Long personId);
}
