package it.fascicolosociale.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.CandidateGroup;
import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.GroupFilter;
import it.fascicolosociale.organization.OperatorDirectory.Member;
import it.fascicolosociale.organization.Role;

/** The units an operator coordinates today, their groups and their members: the reach of a coordinator. */
@Component
class UnitScope {

    private final OperatorDirectory directory;

    UnitScope(OperatorDirectory directory) {
        this.directory = directory;
    }

    /** The codes of the units where the operator has the coordinator role today. */
    Set<String> coordinatedBy(String operator) {
        return groupsOf(operator).stream().filter(group -> group.role() == Role.COORDINATOR)
                .map(CandidateGroup::unitCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes of the units where the operator has any role today. */
    Set<String> unitsOf(String operator) {
        return groupsOf(operator).stream().map(CandidateGroup::unitCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every group {@code role@unit} the units can have, whoever is in them. */
    static List<String> candidateGroupsOf(Collection<String> units) {
        List<String> groups = new ArrayList<>();
        for (String unit : units) {
            for (Role role : Role.values()) {
                groups.add(new CandidateGroup(role, unit).id());
            }
        }
        return groups;
    }

    List<Member> membersOf(Collection<String> units) {
        return directory.membersOf(units);
    }

    private List<CandidateGroup> groupsOf(String operator) {
        return directory.groups(new GroupFilter(null, null, null, operator), OperatorDirectory.Page.ALL).stream()
                .map(group -> CandidateGroup.parse(group.id())).toList();
    }
}
