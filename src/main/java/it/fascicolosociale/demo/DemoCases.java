package it.fascicolosociale.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.Municipality;

/**
 * Makes the demo cases once per database: synthetic persons go through the real processes, form by form, as the
 * demo operators would have taken them over the last months, so that the domain tables, the form submissions
 * and the engine's history agree. All in one transaction: either the whole demo is there or none of it. An engine
 * property marks the database as done, and later starts find it and do nothing.
 */
@Service
@OnDemoData
public class DemoCases {

    /** The engine property (ACT_GE_PROPERTY) that says the demo cases were made, and on which day. */
    static final String MADE_ON = "fascicolo.demo-cases.made-on";

    /** What {@link #makeOnce()} did. */
    public enum Outcome {
        MADE, ALREADY_THERE
    }

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DemoWork work;
    private final DemoTexts texts;
    private final Timeline timeline;
    private final Municipalities municipalities;
    private final ManagementService management;
    private final Clock clock;

    DemoCases(DemoWork work, DemoTexts texts, Timeline timeline, Municipalities municipalities,
              ManagementService management, Clock clock) {
        this.work = work;
        this.texts = texts;
        this.timeline = timeline;
        this.municipalities = municipalities;
        this.management = management;
        this.clock = clock;
    }

    @Transactional
    public Outcome makeOnce() {
        if (management.getProperties().containsKey(MADE_ON)) {
            log.info("Demo cases already made on {}: nothing to do", management.getProperties().get(MADE_ON));
            return Outcome.ALREADY_THERE;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<Plot> plots = plots(today);
        timeline.play(plots, today);
        management.setProperty(MADE_ON, today.toString());
        log.info("Demo cases made: {} stories, {} steps, in {} ms", plots.size(),
                plots.stream().mapToInt(plot -> plot.steps().size()).sum(), (System.nanoTime() - start) / 1_000_000);
        return Outcome.MADE;
    }

    private List<Plot> plots(LocalDate today) {
        SyntheticPeople people = new SyntheticPeople(texts, municipalities.all().stream()
                .sorted(Comparator.comparing(municipality -> municipality.getIstatCode().value()))
                .map(Municipality::getCadastralCode).toList(), today);
        List<Story> stories = new ArrayList<>();
        DemoCatalogue.Stories factory = (comune, area, startDaysAgo) -> {
            Story story = new Story(stories.size() + 1, comune, area, people.next(area));
            stories.add(story);
            return new Plot(story, work, startDaysAgo);
        };
        List<Plot> plots = new ArrayList<>(DemoCatalogue.accessi(factory));
        plots.addAll(DemoCatalogue.cases(factory));
        return plots;
    }
}
