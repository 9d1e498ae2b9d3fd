package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagingBodyRepository extends JpaRepository<ManagingBody, Long> {

    List<ManagingBody> findAllByOrderByKindAscNameAsc();

    Optional<ManagingBody> findByMunicipalityId(Long municipalityId);
}
