package it.fascicolosociale.workflow.identity;

import java.util.Map;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;

import it.fascicolosociale.organization.OperatorDirectory;

/** Translates the engine's paging and first ordering into the directory's. */
final class EngineQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "RES.ID_", "id", "RES.FIRST_", "firstName", "RES.LAST_", "lastName", "RES.EMAIL_", "email",
            "RES.NAME_", "name");

    private EngineQueries() {
    }

    static OperatorDirectory.Page page(AbstractQuery<?, ?> query, Page page) {
        // listPage() leaves the page in the query's own fields and passes no Page object
        int first = page == null ? query.getFirstResult() : page.getFirstResult();
        int max = page == null ? query.getMaxResults() : page.getMaxResults();
        String sortBy = "id";
        boolean ascending = true;
        if (!query.getOrderingProperties().isEmpty()) {
            QueryOrderingProperty ordering = query.getOrderingProperties().get(0);
            sortBy = SORTABLE.getOrDefault("RES." + ordering.getQueryProperty().getName(), "id");
            ascending = ordering.getDirection() != Direction.DESCENDING;
        }
        return new OperatorDirectory.Page(first, max, sortBy, ascending);
    }
}
