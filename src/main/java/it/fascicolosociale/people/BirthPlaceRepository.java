package it.fascicolosociale.people;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface BirthPlaceRepository extends Repository<BirthPlace, String> {

    boolean existsById(String code);

    Optional<BirthPlace> findById(String code);
}
