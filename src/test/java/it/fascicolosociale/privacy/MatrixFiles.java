package it.fascicolosociale.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.notes.CaseDocuments;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.database.RowSecurityContext;
import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Relation;
import it.fascicolosociale.workflow.cases.OpenCases;

/**
 * Test fixture of the access matrix: for each demo account, one file of each relation to it, committed (the
 * requests go to a running server), each with its presa in carico waiting for the first interview of its case
 * manager and a document that every unit with access may read. Made once per application, as the system.
 * <ul>
 * <li>case team: a case of Camposampiero, elderly area (the ULSS's), whose case manager is the account itself; for
 * an account whose roles open no files, which the services no longer let manage a case, a case written so in the
 * database (as data from before that rule would be) and its first interview handed to the account;</li>
 * <li>unit by delegation: Camposampiero, an area delegated to the account's unit (disability, or family and minors
 * for the educator); for accounts whose units are in charge of nothing, the disability case all the same;</li>
 * <li>none: Camposampiero, elderly area, managed by the ULSS's social worker;</li>
 * <li>other comune: Cittadella, poverty and adults (the comune's own services), managed by its social worker.</li>
 * </ul>
 */
@Component
public class MatrixFiles {

    static final String CAMPOSAMPIERO = SyntheticFiles.CAMPOSAMPIERO;
    static final String CITTADELLA = "028032";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** What the path of a request about one file names. */
    public record File(Long caseId, Long personId, Long documentId, String taskId, String surname) {

        /** The values of the placeholders of a path about this file. */
        Map<String, String> placeholders() {
            return Map.of("case", String.valueOf(caseId), "person", String.valueOf(personId),
                    "document", String.valueOf(documentId), "task", taskId, "surname", surname.replace(" ", "+"));
        }
    }

    private final SyntheticFiles files;
    private final CaseDocuments documents;
    private final OpenCases openCases;
    private final TaskService tasks;
    private final RowSecurityContext rowSecurity;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private Map<String, Map<Relation, File>> byAccount;

    MatrixFiles(SyntheticFiles files, CaseDocuments documents, OpenCases openCases, TaskService tasks,
                RowSecurityContext rowSecurity, TransactionTemplate transaction, JdbcClient jdbc) {
        this.files = files;
        this.documents = documents;
        this.openCases = openCases;
        this.tasks = tasks;
        this.rowSecurity = rowSecurity;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** The file of the relation to the account (anonymous: the first account's). */
    public synchronized File of(Account account, Relation relation) {
        if (byAccount == null) {
            byAccount = rowSecurity.asSystem(() -> transaction.execute(status -> make()));
        }
        return byAccount.get(account.fileOwner()).get(relation);
    }

    private Map<String, Map<Relation, File>> make() {
        File disability = file("Delega", CAMPOSAMPIERO, UserArea.DISABILITY, "marco.ferro");
        File family = file("Famiglia", CAMPOSAMPIERO, UserArea.FAMILY_MINORS, "marco.ferro");
        File none = file("Estraneo", CAMPOSAMPIERO, UserArea.ELDERLY, "paolo.gallo");
        File otherComune = file("Altrove", CITTADELLA, UserArea.POVERTY_ADULTS, "giulia.sartori");
        Map<String, Map<Relation, File>> made = new HashMap<>();
        for (Account account : AccessPolicy.ACCOUNTS) {
            if (account.username() == null) {
                continue;
            }
            Map<Relation, File> relations = new EnumMap<>(Relation.class);
            relations.put(Relation.CASE_TEAM, account.files() == AccessPolicy.Files.NONE
                    ? managedAsBeforeTheRule(account.username())
                    : file("Squadra", CAMPOSAMPIERO, UserArea.ELDERLY, account.username()));
            relations.put(Relation.UNIT_BY_DELEGATION, account.username().equals("luca.fontana") ? family : disability);
            relations.put(Relation.NONE, none);
            relations.put(Relation.OTHER_COMUNE, otherComune);
            made.put(account.username(), relations);
        }
        return made;
    }

    private File managedAsBeforeTheRule(String account) {
        File file = file("Squadra " + account.replace('.', ' '), CAMPOSAMPIERO, UserArea.ELDERLY, "paolo.gallo");
        jdbc.sql("update social_case set case_manager = :account where id = :id")
                .param("account", account).param("id", file.caseId()).update();
        tasks.setAssignee(file.taskId(), account);
        return file;
    }

    private File file(String surname, String comune, UserArea area, String caseManager) {
        String unique = surname + " " + caseManager.replace('.', ' ');
        Long personId = files.person("Matrice", unique, LocalDate.of(1970, 6, 6), comune);
        Long caseId = openCases.start(files.openCase(personId, comune, area, caseManager)).caseId();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("case-" + caseId).singleResult().getId();
        Long documentId = documents.upload(caseId, new DocumentUpload("Verbale", "verbale.pdf", PDF, Visibility.ALL_UNITS),
                caseManager).id();
        return new File(caseId, personId, documentId, taskId, unique);
    }
}
