package it.fascicolosociale.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs operators in: their password hash, and as authorities the roles they hold in some unit today
 * ({@code ROLE_COORDINATOR}) and their candidate groups ({@code coordinator@ssp-minori}).
 */
@Service
@Transactional(readOnly = true)
public class OperatorAccounts implements UserDetailsService {

    private final OperatorRepository operators;
    private final UnitRepository units;
    private final Clock clock;

    OperatorAccounts(OperatorRepository operators, UnitRepository units, Clock clock) {
        this.operators = operators;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Operator operator = operators.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown operator"));
        List<RoleAssignment> inForce = operator.assignmentsInForceOn(LocalDate.now(clock));
        List<SimpleGrantedAuthority> authorities = inForce.stream()
                .flatMap(assignment -> List.of(assignment.role().authority(), groupOf(assignment).id()).stream())
                .distinct()
                .map(SimpleGrantedAuthority::new)
                .toList();
        return User.withUsername(operator.getUsername())
                .password(operator.getPasswordHash())
                .disabled(!operator.isEnabled())
                .credentialsExpired(operator.passwordExpiredAt(clock.instant()))
                .authorities(authorities)
                .build();
    }

    private CandidateGroup groupOf(RoleAssignment assignment) {
        return new CandidateGroup(assignment.role(), units.findById(assignment.unitId()).orElseThrow().getCode());
    }
}
