package it.fascicolosociale.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import it.fascicolosociale.browser.XssPayloads.Payload;
import it.fascicolosociale.casefile.CaseFiles;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.HouseholdRelation;
import it.fascicolosociale.people.Households;
import it.fascicolosociale.workflow.cases.OpenCases;

/**
 * Test fixture: XSS payloads stored where operators type text, through the services that store it (the names go
 * through the people service, which takes them). A batch is a household of synthetic persons of Camposampiero born on
 * one day, each with a payload in the surname or the given name and a disability case of the case manager, its presa
 * in carico started; the case of the household's reference person has a diary note and a document titled with each
 * payload of the batch. So one search by birth date, one person page and one social file show the whole batch.
 */
@Component
class PayloadFiles {

    static final String CASE_MANAGER = "elena.conte";
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1901, 1, 1);
    private static final LocalDate HOUSEHOLD_SINCE = LocalDate.of(2020, 1, 1);
    private static final LocalDate NOTE_DAY = LocalDate.of(2026, 3, 2);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** One batch as stored: the birth date its persons share, the reference person, that person's case, the tasks. */
    record Batch(List<Payload> payloads, LocalDate birthDate, Long referencePersonId, Long caseId, List<String> taskIds) {
    }

    private final SyntheticFiles files;
    private final Households households;
    private final CaseFiles caseFiles;
    private final OpenCases openCases;
    private final TaskService taskService;

    PayloadFiles(SyntheticFiles files, Households households, CaseFiles caseFiles, OpenCases openCases, TaskService taskService) {
        this.files = files;
        this.households = households;
        this.caseFiles = caseFiles;
        this.openCases = openCases;
        this.taskService = taskService;
    }

    Batch store(int number, List<Payload> payloads) {
        LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(number);
        List<SocialCase> cases = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (Payload payload : payloads) {
            SocialCase socialCase = files.openCase(person(payload, birthDate), SyntheticFiles.CAMPOSAMPIERO, UserArea.DISABILITY,
                    CASE_MANAGER);
            cases.add(socialCase);
            String processId = openCases.start(socialCase).process().getId();
            taskIds.add(taskService.createTaskQuery().processInstanceId(processId).taskAssignee(CASE_MANAGER).active()
                    .singleResult().getId());
        }
        SocialCase reference = cases.get(0);
        Long household = households.form(reference.getPersonId(), HOUSEHOLD_SINCE).getId();
        cases.subList(1, cases.size()).forEach(member ->
                households.addMember(household, member.getPersonId(), HouseholdRelation.OTHER_COHABITANT, HOUSEHOLD_SINCE));
        for (Payload payload : payloads) {
            caseFiles.writeNote(CASE_MANAGER, reference.getId(),
                    new NoteDraft(NoteType.INTERVIEW, NOTE_DAY, payload.text(), Visibility.ALL_UNITS));
            // the file's name is kept for the download's header only: no page shows it
            caseFiles.upload(CASE_MANAGER, reference.getId(),
                    new DocumentUpload(payload.text(), payload.text() + ".pdf", PDF, Visibility.ALL_UNITS));
        }
        return new Batch(payloads, birthDate, reference.getPersonId(), reference.getId(), taskIds);
    }

    /** Even payloads in the surname, odd ones in the given name. */
    private Long person(Payload payload, LocalDate birthDate) {
        boolean surname = payload.id() % 2 == 0;
        return files.person(surname ? "Giulia" : payload.text(), surname ? payload.text() : "Bortolato", birthDate,
                SyntheticFiles.CAMPOSAMPIERO);
    }
}
