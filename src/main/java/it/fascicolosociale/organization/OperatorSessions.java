package it.fascicolosociale.organization;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import it.fascicolosociale.platform.security.SignInValidity;

/**
 * Whether an operator's open session still holds, asked on every signed-in request: one query by the unique
 * username, outside any transaction, so that an account disabled or changed on any instance is seen at once.
 */
@Service
class OperatorSessions implements SignInValidity {

    private final JdbcClient jdbc;

    OperatorSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Standing standing(String username, Instant signedInAt) {
        return jdbc.sql("""
                        select case when not enabled or sessions_valid_from >= ? then 'ENDED'
                                    when password_change_required then 'PASSWORD_CHANGE_REQUIRED' else 'VALID' end
                        from operator where username = ?""")
                .params(Timestamp.from(signedInAt), username)
                .query(String.class).optional().map(Standing::valueOf).orElse(Standing.ENDED);
    }
}
