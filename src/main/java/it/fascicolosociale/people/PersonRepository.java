package it.fascicolosociale.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByCodiceFiscale(CodiceFiscale codiceFiscale);
}
