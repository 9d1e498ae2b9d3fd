package it.fascicolosociale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationTests {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deploysEveryProcessDecisionAndFormOfTheSourceFolders() throws IOException {
        List<String> expected = Stream.concat(filesIn("processes"), filesIn("forms")).toList();
        assertThat(expected).isNotEmpty();

        List<String> deployed = Stream.of(
                        repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                                .map(ResourceDefinition::getResourceName),
                        repositoryService.createDecisionDefinitionQuery().latestVersion().list().stream()
                                .map(ResourceDefinition::getResourceName),
                        // form definitions have no public query API; the engine keeps them here
                        jdbc.sql("select resource_name_ from act_re_camformdef").query(String.class).list().stream())
                .flatMap(names -> names)
                .map(ApplicationTests::fileName)
                .toList();
        assertThat(deployed).containsAll(expected.stream().map(ApplicationTests::fileName).toList());
    }

    @Test
    void holdsTheTwentyEightComuniOfTheSocialDistrictWithTheirPopulation() {
        Map<String, String> cadastralByIstat = jdbc.sql("""
                        select m.istat_code, m.cadastral_code from municipality m
                        join social_district d on d.id = m.social_district_id where d.code = 'VEN_15'""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(cadastralByIstat).hasSize(28)
                .containsEntry("028019", "B563")
                .containsEntry("028100", "L900")
                .containsEntry("028099", "L892")
                .containsEntry("028032", "C743");
        assertThat(cadastralByIstat.keySet()).allMatch(code -> code.matches("028\\d{3}"));
        assertThat(jdbc.sql("select sum(population) from municipality").query(Long.class).single()).isEqualTo(256_664L);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Stream<String> filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                    .toList().stream();
        }
    }
}
