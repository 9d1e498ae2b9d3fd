package it.fascicolosociale.people;

import org.springframework.data.repository.Repository;

interface BirthPlaceRepository extends Repository<BirthPlace, String> {

    boolean existsById(String code);
}
