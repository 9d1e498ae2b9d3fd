package it.fascicolosociale.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TariffRepository extends JpaRepository<Tariff, Long> {

    @Query("""
            select t from Tariff t
            where t.catalogueItemCode = :itemCode
              and t.validFrom <= :day and (t.validTo is null or t.validTo >= :day)""")
    Optional<Tariff> findInForce(String itemCode, LocalDate day);

    List<Tariff> findByCatalogueItemCodeOrderByValidFrom(String itemCode);
}
