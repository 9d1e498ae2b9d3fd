package it.fascicolosociale.authentication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Operators;

/**
 * The links between an identity at an OIDC provider and an existing operator. A codice fiscale is kept as
 * SPID and CIE send it without their "TINIT-" prefix, in capitals, so that both spellings find the operator.
 */
@Service
public class ExternalIdentities {

    private static final String FISCAL_NUMBER_PREFIX = "TINIT-";

    private final JdbcClient jdbc;
    private final Operators operators;

    ExternalIdentities(JdbcClient jdbc, Operators operators) {
        this.jdbc = jdbc;
        this.operators = operators;
    }

    static String normalized(String externalId) {
        String value = externalId.strip();
        return value.toUpperCase(Locale.ROOT).startsWith(FISCAL_NUMBER_PREFIX)
                ? value.substring(FISCAL_NUMBER_PREFIX.length()).toUpperCase(Locale.ROOT) : value;
    }

    /**
     * Links an identity at a provider to an existing operator (by username), replacing an earlier link: the sessions
     * the identity opened as the operator it was linked to before end at their next request.
     */
    @Transactional
    public void link(String registrationId, String externalId, String username) {
        Long operatorId = operators.byUsername(username).orElseThrow().getId();
        jdbc.sql("select operator_id from operator_external_identity where registration_id = ? and external_id = ? for update")
                .params(registrationId, normalized(externalId)).query(Long.class).optional()
                .filter(previous -> !previous.equals(operatorId)).ifPresent(operators::endSessionsOf);
        jdbc.sql("""
                        insert into operator_external_identity (registration_id, external_id, operator_id) values (?, ?, ?)
                        on conflict (registration_id, external_id) do update set operator_id = excluded.operator_id""")
                .params(registrationId, normalized(externalId), operatorId).update();
    }

    /**
     * Removes the link (an identity lost or no longer the operator's): the sessions it opened end at their next
     * request, as those of a reset second factor, rather than living on until their idle or absolute end.
     */
    @Transactional
    public void unlink(String registrationId, String externalId) {
        jdbc.sql("delete from operator_external_identity where registration_id = ? and external_id = ? returning operator_id")
                .params(registrationId, normalized(externalId)).query(Long.class).optional().ifPresent(operators::endSessionsOf);
    }

    /** An identity at a provider, as linked to an operator. */
    public record Link(String registrationId, String externalId) {
    }

    @Transactional(readOnly = true)
    public List<Link> linksOf(String username) {
        return jdbc.sql("""
                        select i.registration_id, i.external_id from operator_external_identity i
                        join operator o on o.id = i.operator_id where o.username = ? order by 1, 2""")
                .param(username).query(Link.class).list();
    }

    /** The username of the operator linked to this identity, if any. */
    @Transactional(readOnly = true)
    public Optional<String> operatorOf(String registrationId, String externalId) {
        return jdbc.sql("""
                        select o.username from operator_external_identity i join operator o on o.id = i.operator_id
                        where i.registration_id = ? and i.external_id = ?""")
                .params(registrationId, normalized(externalId)).query(String.class).optional();
    }
}
