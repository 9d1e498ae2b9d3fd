package it.fascicolosociale.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.workflow.cases.OpenCases;

@IntegrationTest
@Transactional
class CaseNotesTest {

    @Autowired
    CaseNotes notes;

    @Autowired
    OpenCases openCases;

    @Test
    void keepsTheDiaryNewestFirstWithAuthorAndVisibility() {
        Long caseId = openCases.open("028019", "disability", "elena.conte").caseId();

        notes.write(caseId, new NoteDraft(NoteType.PHONE_CALL, LocalDate.of(2026, 2, 1), "Telefonata con la madre.", Visibility.TEAM), "elena.conte");
        notes.write(caseId, new NoteDraft(NoteType.HOME_VISIT, LocalDate.of(2026, 3, 1), "Visita a domicilio.", Visibility.RESTRICTED), "elena.conte");

        assertThat(notes.of(caseId)).extracting(CaseNote::getType, CaseNote::getVisibility, CaseNote::getAuthor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NoteType.HOME_VISIT, Visibility.RESTRICTED, "elena.conte"),
                        org.assertj.core.groups.Tuple.tuple(NoteType.PHONE_CALL, Visibility.TEAM, "elena.conte"));
    }

    @Test
    void refusesEmptyTextsAndDaysAfterTodayAndSavesNothing() {
        Long caseId = openCases.open("028019", "disability", "elena.conte").caseId();

        assertThatThrownBy(() -> new NoteDraft(NoteType.OTHER, LocalDate.of(2026, 1, 1), "  ", Visibility.TEAM))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageCode()).isEqualTo("error.note.text-required"));
        assertThatThrownBy(() -> notes.write(caseId, new NoteDraft(NoteType.OTHER, LocalDate.now().plusDays(2), "Domani.", Visibility.TEAM), "elena.conte"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageCode()).isEqualTo("error.note.day-in-future"));
        assertThat(notes.of(caseId)).isEmpty();
    }

    @Test
    void knowsTheCodesOfTheIssueDiaryTypes() {
        assertThat(NoteType.fromCode("team-meeting")).isEqualTo(NoteType.TEAM_MEETING);
        assertThatThrownBy(() -> NoteType.fromCode("gossip")).isInstanceOf(RuleViolation.class);
    }
}
