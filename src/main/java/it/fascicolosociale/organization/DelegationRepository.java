package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByMunicipalityIdAndUserAreaOrderByValidFrom(Long municipalityId, UserArea userArea);

    @Query("""
            select d from Delegation d
            where d.municipalityId = :municipalityId and d.userArea = :area
              and d.validFrom <= :day and (d.validTo is null or d.validTo >= :day)""")
    Optional<Delegation> findInForce(Long municipalityId, UserArea area, LocalDate day);

    @Query("""
            select d from Delegation d
            where d.validFrom <= :day and (d.validTo is null or d.validTo >= :day)""")
    List<Delegation> findAllInForce(LocalDate day);

    List<Delegation> findAllByOrderByMunicipalityIdAscUserAreaAscValidFromAsc();
}
