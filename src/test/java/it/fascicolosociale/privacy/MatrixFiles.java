package it.fascicolosociale.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.notes.CaseDocuments;
import it.fascicolosociale.notes.CaseNotes;
import it.fascicolosociale.notes.Concealment;
import it.fascicolosociale.notes.ConcealmentRequester;
import it.fascicolosociale.notes.Concealments;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.InvalidCodiceFiscaleException;
import it.fascicolosociale.platform.database.RowSecurityContext;
import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Outcome;
import it.fascicolosociale.privacy.AccessPolicy.Relation;
import it.fascicolosociale.workflow.cases.OpenCases;

/**
 * Test fixture of the access matrix: for each demo account, one file of each relation to it, committed (the
 * requests go to a running server), each with its presa in carico waiting for the first interview of its case
 * manager and a document that every unit with access may read. Made once per application, as the system.
 * <p>
 * Each file also carries {@link Canary canaries}: values found nowhere else, in the fields that only some readers
 * may see. The person's first name and codice fiscale, and a diary note for all units, are for anyone the file is
 * open to; a note restricted to its author and the case manager, a note for the team, a note for all units that the
 * person had concealed (oscuramento) and the title of a restricted document are for the case team alone, here its
 * case manager, who wrote them.
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

    /** What the path of a request about one file names, and the canaries planted in the file. */
    public record File(Long caseId, Long personId, Long documentId, String taskId, String surname, List<Canary> canaries) {

        /** A file without canaries: one that does not exist, or one the test did not make. */
        public File(Long caseId, Long personId, Long documentId, String taskId, String surname) {
            this(caseId, personId, documentId, taskId, surname, List.of());
        }

        /** The values of the placeholders of a path about this file. */
        Map<String, String> placeholders() {
            return Map.of("case", String.valueOf(caseId), "person", String.valueOf(personId),
                    "document", String.valueOf(documentId), "task", taskId, "surname", surname.replace(" ", "+"));
        }
    }

    /** A value planted in one file; {@code teamOnly}: read by the case team alone, otherwise by all the file is open to. */
    public record Canary(String field, String value, boolean teamOnly) {

        /** Whether the declared policy lets the account read this value of a file of the relation to it. */
        boolean readableBy(Account account, Relation relation) {
            return AccessPolicy.NEED_TO_KNOW.expected(account, relation) == Outcome.ALLOWED
                    && (!teamOnly || relation == Relation.CASE_TEAM);
        }

        static Canary of(String field, boolean teamOnly) {
            return new Canary(field, "CANARY-" + field.toUpperCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID(), teamOnly);
        }
    }

    private final SyntheticFiles files;
    private final CaseDocuments documents;
    private final CaseNotes notes;
    private final Concealments concealments;
    private final Clock clock;
    private final Random random = new Random();
    private final OpenCases openCases;
    private final TaskService tasks;
    private final RowSecurityContext rowSecurity;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private Map<String, Map<Relation, File>> byAccount;

    MatrixFiles(SyntheticFiles files, CaseDocuments documents, CaseNotes notes, Concealments concealments, Clock clock,
                OpenCases openCases, TaskService tasks, RowSecurityContext rowSecurity, TransactionTemplate transaction,
                JdbcClient jdbc) {
        this.files = files;
        this.documents = documents;
        this.notes = notes;
        this.concealments = concealments;
        this.clock = clock;
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

    /**
     * The files whose relation to the account is declared: its own of each relation, and the case teams' files of the
     * other accounts, which are to it what the file of no relation is (its comune and area, another case manager).
     */
    public Map<File, Relation> relationsTo(Account account) {
        Map<File, Relation> relations = new HashMap<>();
        AccessPolicy.ACCOUNTS.stream().filter(other -> !other.anonymous() && !other.username().equals(account.fileOwner()))
                .forEach(other -> relations.put(of(other, Relation.CASE_TEAM), Relation.NONE));
        for (Relation relation : Relation.values()) {
            relations.put(of(account, relation), relation);
        }
        return relations;
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
        Canary name = Canary.of("name", false);
        CodiceFiscale codiceFiscale = codiceFiscale();
        Long personId = files.person(name.value(), unique, codiceFiscale, comune);
        SocialCase opened = files.openCase(personId, comune, area, caseManager);
        Long caseId = openCases.start(opened).caseId();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("case-" + caseId).singleResult().getId();
        Long documentId = documents.upload(caseId, new DocumentUpload("Verbale", "verbale.pdf", PDF, Visibility.ALL_UNITS),
                caseManager).id();
        Canary restrictedTitle = Canary.of("document-title", true);
        documents.upload(caseId, new DocumentUpload(restrictedTitle.value(), "relazione.pdf", PDF, Visibility.RESTRICTED),
                caseManager);
        Canary concealed = Canary.of("concealed-note", true);
        Long concealedId = write(caseId, Visibility.ALL_UNITS, concealed, caseManager);
        concealments.conceal(caseManager, opened, Concealment.NOTE + "-" + concealedId, ConcealmentRequester.PERSON,
                LocalDate.now(clock));
        List<Canary> canaries = List.of(name, new Canary("codice-fiscale", codiceFiscale.value(), false),
                note(caseId, Visibility.ALL_UNITS, "note", false, caseManager),
                note(caseId, Visibility.TEAM, "team-note", true, caseManager),
                note(caseId, Visibility.RESTRICTED, "restricted-note", true, caseManager), concealed, restrictedTitle);
        return new File(caseId, personId, documentId, taskId, unique, canaries);
    }

    private Canary note(Long caseId, Visibility visibility, String field, boolean teamOnly, String author) {
        Canary text = Canary.of(field, teamOnly);
        write(caseId, visibility, text, author);
        return text;
    }

    private Long write(Long caseId, Visibility visibility, Canary text, String author) {
        return notes.write(caseId, new NoteDraft(NoteType.INTERVIEW, LocalDate.now(clock), text.value(), visibility), author)
                .getId();
    }

    /**
     * A codice fiscale no one else has: random letters for the names, a woman born in Camposampiero on 6 June 1970,
     * and the one check character the code accepts.
     */
    private CodiceFiscale codiceFiscale() {
        StringBuilder names = new StringBuilder();
        random.ints(6, 'A', 'Z' + 1).forEach(letter -> names.append((char) letter));
        for (char check = 'A'; check <= 'Z'; check++) {
            try {
                return new CodiceFiscale(names + "70H46B563" + check);
            } catch (InvalidCodiceFiscaleException wrongCheck) {
                // the next letter, until the one that is right
            }
        }
        throw new IllegalStateException("no check character fits " + names);
    }
}
