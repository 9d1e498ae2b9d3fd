package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<OrganizationalUnit, Long> {

    Optional<OrganizationalUnit> findByCode(String code);

    List<OrganizationalUnit> findAllByOrderByNameAsc();

    @Query("""
            select u from OrganizationalUnit u
            where u.function = :function and u.active = true and :municipalityId member of u.coveredMunicipalityIds
            order by u.code""")
    List<OrganizationalUnit> findActiveCovering(UnitFunction function, Long municipalityId);
}
