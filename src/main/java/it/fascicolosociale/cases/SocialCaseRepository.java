package it.fascicolosociale.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Cases leave with their events: pages and processes read them outside the transaction. */
interface SocialCaseRepository extends JpaRepository<SocialCase, Long> {

    @Override
    @EntityGraph(attributePaths = {"events", "team"})
    Optional<SocialCase> findById(Long id);

    List<SocialCase> findByPersonIdOrderByOpenedAtDesc(Long personId);

    @EntityGraph(attributePaths = "team")
    List<SocialCase> findByPersonIdIn(Collection<Long> personIds);
}
