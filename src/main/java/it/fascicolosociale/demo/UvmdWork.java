package it.fascicolosociale.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the case manager and the district UVMD do with a multidimensional assessment, through the forms of the
 * uvmd process: the social part (SVaMA or SVaMDi, as the process asks), the session convened, its outcome.
 */
@Component
@OnDemoData
class UvmdWork {

    private final Desk desk;
    private final DemoTexts texts;
    private final DemoCalendar calendar;
    private final TaskService taskService;

    UvmdWork(Desk desk, DemoTexts texts, DemoCalendar calendar, TaskService taskService) {
        this.desk = desk;
        this.texts = texts;
        this.calendar = calendar;
        this.taskService = taskService;
    }

    void prepareSocialPart(Story story) {
        desk.complete(story, "prepare-social-part", this::socialPart);
    }

    /** The UVMD convenes the session some days ahead, on a working day. */
    void convene(Story story, int daysAhead) {
        LocalDate session = calendar.today().plusDays(daysAhead);
        while (session.getDayOfWeek() == DayOfWeek.SATURDAY || session.getDayOfWeek() == DayOfWeek.SUNDAY) {
            session = session.plusDays(1);
        }
        String sessionDate = session.toString();
        desk.complete(story, "convene-session", task -> Map.of("sessionDate", sessionDate));
    }

    /** The session is held on the day its outcome is recorded, which confirms the case manager. */
    void recordOutcome(Story story, boolean eligible) {
        Map<String, Object> form = new HashMap<>(Map.of("sessionDate", calendar.today().toString(),
                "decision", eligible ? "eligible" : "not-eligible", "notes", texts.text("uvmd.notes"),
                "caseManagerDecision", "confirm"));
        if (eligible) {
            form.putAll(Map.of("score", "42,5", "priority", "2"));
        }
        desk.complete(story, "record-outcome", task -> form);
    }

    private Map<String, Object> socialPart(Task task) {
        Map<String, Object> form = new HashMap<>(Map.of("mobility", "2", "dailyLiving", "2", "cognitiveDisorders", "1",
                "behaviouralDisorders", "1", "healthCareNeed", "2", "incomeSituation", "2", "supportNetwork", "2",
                "assessmentSource", "1", "socialAssessment", texts.text("uvmd.social-assessment")));
        if ("svamdi".equals(taskService.getVariable(task.getId(), "instrument"))) {
            form.putAll(Map.of("environmentalFactors", texts.text("uvmd.environment"), "projectLead", texts.text("uvmd.project-lead")));
        } else {
            form.putAll(Map.of("housing", texts.text("uvmd.housing"), "referencePerson", texts.text("uvmd.reference-person")));
        }
        return form;
    }
}
