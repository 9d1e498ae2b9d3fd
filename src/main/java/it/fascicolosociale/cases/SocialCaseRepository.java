package it.fascicolosociale.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialCaseRepository extends JpaRepository<SocialCase, Long> {

    List<SocialCase> findByPersonIdOrderByOpenedAtDesc(Long personId);
}
