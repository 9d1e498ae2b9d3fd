package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Operators leave through {@code findById} and the list whole, roles included: pages read them outside a transaction. */
interface OperatorRepository extends JpaRepository<Operator, Long> {

    Optional<Operator> findByUsername(String username);

    @Override
    @EntityGraph(attributePaths = "assignments")
    Optional<Operator> findById(Long id);

    @EntityGraph(attributePaths = "assignments")
    List<Operator> findAllByOrderByLastNameAscFirstNameAsc();
}
