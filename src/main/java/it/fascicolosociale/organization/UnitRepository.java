package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Units leave through {@code findById} and the list whole, coverage included: pages read them outside a transaction. */
interface UnitRepository extends JpaRepository<OrganizationalUnit, Long> {

    Optional<OrganizationalUnit> findByCode(String code);

    @Override
    @EntityGraph(attributePaths = "coveredMunicipalityIds")
    Optional<OrganizationalUnit> findById(Long id);

    @EntityGraph(attributePaths = "coveredMunicipalityIds")
    List<OrganizationalUnit> findAllByOrderByNameAsc();

    @Query("""
            select u from OrganizationalUnit u
            where u.function = :function and u.active = true and :municipalityId member of u.coveredMunicipalityIds
            order by u.code""")
    List<OrganizationalUnit> findActiveCovering(UnitFunction function, Long municipalityId);
}
