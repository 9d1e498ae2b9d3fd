package it.fascicolosociale.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByCodiceFiscale(CodiceFiscale codiceFiscale);

    /** Surname and name (in this order) containing the text, accents and case aside: the trigram index serves it. */
    @Query(value = """
            select * from person
            where person_search_name(last_name, first_name) like '%' || lower(f_unaccent(:text)) || '%'
            order by last_name, first_name, id
            limit :limit""", nativeQuery = true)
    List<Person> findByNameContaining(String text, int limit);
}
