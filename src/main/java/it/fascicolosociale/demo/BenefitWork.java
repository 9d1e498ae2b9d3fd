package it.fascicolosociale.demo;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the administrative staff and the approver do with a benefit of the PAI, through the forms of the benefit
 * process: the ISEE check, the approval with its act, the activation, the deliveries.
 */
@Component
@OnDemoData
class BenefitWork {

    /** A catalogue item with a tariff, the quantity the PAI plans and the quantity of one delivery. */
    record Item(String code, String quantity, String delivery) {
    }

    private static final Map<String, Item> ITEMS = Map.of("family-minors", new Item("home-care-hours", "10", "3"),
            "disability", new Item("home-care-hours", "16", "4"), "addiction", new Item("social-transport-trips", "12", "2"),
            "elderly", new Item("home-care-hours", "20", "4"), "immigrants", new Item("social-transport-trips", "8", "2"),
            "poverty-adults", new Item("home-meals", "30", "5"), "multi-user", new Item("home-meals", "30", "5"));

    private final Desk desk;
    private final DemoTexts texts;
    private final DemoCalendar calendar;

    BenefitWork(Desk desk, DemoTexts texts, DemoCalendar calendar) {
        this.desk = desk;
        this.texts = texts;
        this.calendar = calendar;
    }

    static Item itemOf(String area) {
        return ITEMS.get(area);
    }

    /** An ISEE for most persons, of a value that differs from story to story; one in five presents none. */
    void check(Story story) {
        int number = story.number();
        Map<String, Object> form = number % 5 == 0 ? Map.of("iseePresented", "no") : Map.of("iseePresented", "yes",
                "iseeType", "elderly".equals(story.area()) || "disability".equals(story.area()) ? "socio-health" : "ordinary",
                "iseeValue", String.valueOf(2_500 + number * 1_373 % 22_000),
                "iseeExpiry", calendar.today().withMonth(12).withDayOfMonth(31).toString(),
                "dsuProtocol", String.format("INPS-ISEE-%d-%08d-00", calendar.today().getYear(), 1_000 + number));
        desk.complete(story, "administrative-check", task -> form);
    }

    void approve(Story story) {
        desk.complete(story, "approval", task -> Map.of("decision", "approve",
                "actType", desk.firstOption(task, "actTypeOptions"),
                "actNumber", (100 + story.number()) + "/" + calendar.today().getYear(), "actDate", calendar.today().toString()));
    }

    void refuse(Story story) {
        desk.complete(story, "approval", task -> Map.of("decision", "refuse", "refusalReason", texts.text("benefit.refusal")));
    }

    void activate(Story story) {
        desk.complete(story, "activation", task -> Map.of("activationDate", calendar.today().toString()));
    }

    /** A delivery of the day; more will follow. */
    void deliver(Story story) {
        desk.complete(story, "record-deliveries", task -> Map.of("deliveryDate", calendar.today().toString(),
                "quantity", itemOf(story.area()).delivery(), "moreDeliveries", "true"));
    }
}
