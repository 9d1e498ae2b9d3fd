package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Operators leave through {@code findById} and the list whole, roles included: pages read them outside a transaction. */
interface OperatorRepository extends JpaRepository<Operator, Long> {

    Optional<Operator> findByUsername(String username);

    /** The operator, its row locked until the transaction ends: two sign-ins at once take their turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Operator o where o.username = :username")
    Optional<Operator> lockByUsername(String username);

    @Override
    @EntityGraph(attributePaths = "assignments")
    Optional<Operator> findById(Long id);

    @EntityGraph(attributePaths = "assignments")
    List<Operator> findAllByOrderByLastNameAscFirstNameAsc();
}
