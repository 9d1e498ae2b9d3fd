package it.fascicolosociale.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    /**
     * The person with this exact codice fiscale, whoever may read their files: the one who has it is at the desk with
     * it (the database function makes this the only way past the row-level security to a person's row).
     */
    @Query(value = "select * from person_with_codice_fiscale(:codiceFiscale)", nativeQuery = true)
    Optional<Person> findByCodiceFiscale(String codiceFiscale);

    /**
     * Surname and name (in this order) containing the text, accents and case aside: the trigram index serves it,
     * through a function of the database that also applies the row-level security's rule.
     */
    @Query(value = """
            select * from person
            where id in (select person_name_containing(:text))
            order by last_name, first_name, id
            limit :limit""", nativeQuery = true)
    List<Person> findByNameContaining(String text, int limit);
}
