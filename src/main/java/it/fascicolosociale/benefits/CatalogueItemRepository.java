package it.fascicolosociale.benefits;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import it.fascicolosociale.organization.UserArea;

interface CatalogueItemRepository extends JpaRepository<CatalogueItem, String> {

    /** The active items of an area, and those that serve every area. */
    @Query("""
            select i from CatalogueItem i
            where i.active and (i.userArea = :area or i.userArea is null)
            order by i.nameIt""")
    List<CatalogueItem> findActiveFor(UserArea area);

    List<CatalogueItem> findAllByOrderByNameItAsc();
}
