package it.fascicolosociale.demo;

import static it.fascicolosociale.demo.PlanShape.BENEFIT;
import static it.fascicolosociale.demo.PlanShape.BENEFIT_AND_REFERRAL;
import static it.fascicolosociale.demo.PlanShape.GOALS;
import static it.fascicolosociale.demo.PlanShape.REFERRAL;
import static it.fascicolosociale.demo.PlanShape.SHORT_BENEFIT;

import java.util.List;

import it.fascicolosociale.notes.NoteType;

/**
 * The stories of the demo: eleven accessi and fifty cases in ten comuni and the seven user areas, each started some
 * days ago and stopped where its work waits today. The comuni are those of the demo front offices; poverty in
 * Cittadella and Vigonza, which keep that area with their own services, is left out (no demo staff there).
 */
final class DemoCatalogue {

    /** Makes the plot of a new story for a person of that comune and area, started that many days ago. */
    interface Stories {
        Plot story(String comune, String area, int startDaysAgo);
    }

    static final String CAMPOSAMPIERO = "028019";
    static final String CITTADELLA = "028032";
    static final String VIGONZA = "028100";
    static final String PIOMBINO_DESE = "028064";
    static final String TREBASELEGHE = "028093";
    static final String SAN_MARTINO_DI_LUPARI = "028077";
    static final String PIAZZOLA_SUL_BRENTA = "028063";
    static final String VIGODARZERE = "028099";
    static final String CAMPODARSEGO = "028017";
    static final String LOREGGIA = "028046";

    private DemoCatalogue() {
    }

    /** Accessi without a case: information given, sent to a service, waiting, rejected. */
    static List<Plot> accessi(Stories s) {
        return List.of(
                s.story(CAMPOSAMPIERO, "poverty-adults", 40).registered().informed(),
                s.story(VIGONZA, "elderly", 25).registered().informed(),
                s.story(PIOMBINO_DESE, "family-minors", 12).registered().informed(),
                s.story(CAMPOSAMPIERO, "addiction", 30).registered().referredTo("addiction-service").referralAnswered(true).answerRead(),
                s.story(TREBASELEGHE, "family-minors", 9).registered().referredTo("family-counselling"),
                s.story(SAN_MARTINO_DI_LUPARI, "multi-user", 20).registered(),
                s.story(VIGODARZERE, "disability", 3).registered(),
                s.story(LOREGGIA, "family-minors", 3).registeredUrgently(),
                s.story(PIAZZOLA_SUL_BRENTA, "elderly", 18).registered().proposed(),
                s.story(CAMPODARSEGO, "immigrants", 35).registered().proposed().rejected(),
                s.story(CITTADELLA, "disability", 4).registered().proposed());
    }

    /** Cases from the first interview to closure and reopening, with UVMD, PAI, benefits and referrals. */
    static List<Plot> cases(Stories s) {
        return List.of(
                s.story(CAMPOSAMPIERO, "disability", 8).opened(),
                s.story(VIGONZA, "elderly", 48).opened(),
                s.story(CITTADELLA, "family-minors", 14).opened(),
                s.story(TREBASELEGHE, "immigrants", 10).opened(),
                s.story(CITTADELLA, "elderly", 16).opened(),
                s.story(SAN_MARTINO_DI_LUPARI, "poverty-adults", 15).opened(),
                s.story(LOREGGIA, "poverty-adults", 40).opened().reminderHandled(32),
                s.story(PIOMBINO_DESE, "addiction", 30).opened().interviewed(),
                s.story(SAN_MARTINO_DI_LUPARI, "elderly", 60).opened().interviewed(),
                s.story(VIGODARZERE, "poverty-adults", 22).opened().interviewed(),
                s.story(CAMPODARSEGO, "multi-user", 48).opened().interviewed().noted(NoteType.HOME_VISIT),
                s.story(CAMPOSAMPIERO, "poverty-adults", 25).opened().interviewed(),
                s.story(CAMPOSAMPIERO, "elderly", 40).opened().interviewed().assessedForUvmd(),
                s.story(LOREGGIA, "disability", 45).opened().interviewed().assessedForUvmd().socialPartPrepared(),
                s.story(VIGONZA, "elderly", 60).opened().interviewed().assessedForUvmd().socialPartPrepared().convened(7),
                s.story(PIAZZOLA_SUL_BRENTA, "elderly", 36).opened().interviewed().assessedForUvmd().socialPartPrepared()
                        .convened(10),
                s.story(TREBASELEGHE, "disability", 72).opened().interviewed().assessedForUvmd().socialPartPrepared()
                        .convened(10).uvmdDecided(true),
                s.story(CITTADELLA, "elderly", 120).opened().interviewed().assessedForUvmd().socialPartPrepared()
                        .convened(10).uvmdDecided(true).drafted(BENEFIT).approved().checked().granted().activated().delivered(2),
                s.story(SAN_MARTINO_DI_LUPARI, "disability", 100).opened().interviewed().assessedForUvmd().socialPartPrepared()
                        .convened(10).uvmdDecided(false).drafted(BENEFIT).approved().checked(),
                s.story(CAMPODARSEGO, "family-minors", 40).opened().interviewed().assessed(),
                s.story(PIOMBINO_DESE, "immigrants", 75).opened().interviewed().assessed(),
                s.story(CAMPOSAMPIERO, "family-minors", 42).opened().interviewed().assessed().drafted(REFERRAL),
                s.story(VIGODARZERE, "addiction", 55).opened().interviewed().assessed().drafted(BENEFIT_AND_REFERRAL),
                s.story(LOREGGIA, "elderly", 50).opened().interviewed().assessed().drafted(BENEFIT),
                s.story(PIOMBINO_DESE, "multi-user", 52).opened().interviewed().assessed().drafted(GOALS),
                s.story(VIGONZA, "disability", 60).opened().interviewed().assessed().drafted(GOALS).sentBack(),
                s.story(TREBASELEGHE, "poverty-adults", 70).opened().interviewed().assessed().drafted(BENEFIT).sentBack()
                        .reworked(BENEFIT),
                s.story(PIAZZOLA_SUL_BRENTA, "multi-user", 80).opened().interviewed().assessed().drafted(REFERRAL).sentBack()
                        .reworked(REFERRAL).approved().consented().referralAnswered(true).answerRead(),
                s.story(CAMPOSAMPIERO, "elderly", 100).planInForce(BENEFIT).checked().granted().activated().delivered(3)
                        .noted(NoteType.PHONE_CALL),
                s.story(VIGONZA, "elderly", 60).planInForce(BENEFIT),
                s.story(SAN_MARTINO_DI_LUPARI, "disability", 62).planInForce(BENEFIT).checked(),
                s.story(PIOMBINO_DESE, "family-minors", 70).planInForce(BENEFIT).checked().granted(),
                s.story(CITTADELLA, "disability", 125).planInForce(SHORT_BENEFIT).checked().granted().activated().delivered(3),
                s.story(CAMPODARSEGO, "poverty-adults", 80).planInForce(BENEFIT).checked().refused().noted(NoteType.TEAM_MEETING),
                s.story(LOREGGIA, "immigrants", 88).planInForce(BENEFIT).checked().granted().activated().delivered(3),
                s.story(VIGODARZERE, "multi-user", 105).planInForce(BENEFIT_AND_REFERRAL).consented().checked().granted()
                        .activated().referralAnswered(true).answerRead().collaborationUpdated().delivered(3),
                s.story(TREBASELEGHE, "addiction", 60).planInForce(REFERRAL).consented(),
                s.story(PIAZZOLA_SUL_BRENTA, "family-minors", 95).planInForce(REFERRAL).consented().referralAnswered(true)
                        .answerRead().collaborationUpdated(),
                s.story(CAMPOSAMPIERO, "disability", 75).planInForce(REFERRAL).consented().referralAnswered(false).answerRead(),
                s.story(VIGONZA, "addiction", 90).planInForce(BENEFIT_AND_REFERRAL).consented().referralAnswered(true)
                        .checked().granted().activated().delivered(2),
                s.story(CITTADELLA, "immigrants", 65).planInForce(REFERRAL).consented().referralAnswered(false),
                s.story(VIGONZA, "family-minors", 85).planInForce(BENEFIT).checked().granted().activated().delivered(2)
                        .reportedUrgently(19),
                s.story(PIOMBINO_DESE, "elderly", 110).planInForce(BENEFIT).checked().granted().activated().delivered(3)
                        .closureProposed("facility-admission"),
                s.story(PIAZZOLA_SUL_BRENTA, "immigrants", 115).planInForce(GOALS).closureProposed("goals-achieved")
                        .closureRefused(),
                s.story(CAMPOSAMPIERO, "family-minors", 130).planInForce(GOALS).noted(NoteType.HOME_VISIT)
                        .closureProposed("goals-achieved").closed(),
                s.story(SAN_MARTINO_DI_LUPARI, "elderly", 140).planInForce(BENEFIT).checked().granted().activated().delivered(2)
                        .closureProposed("death").closed(),
                s.story(VIGODARZERE, "poverty-adults", 120).planInForce(GOALS).closureProposed("withdrawal").closed(),
                s.story(LOREGGIA, "addiction", 125).planInForce(REFERRAL).consented().referralAnswered(true).answerRead()
                        .closureProposed("service-transfer").closed(),
                s.story(CAMPODARSEGO, "disability", 135).planInForce(BENEFIT).checked().granted().activated().delivered(2)
                        .closureProposed("loss-of-requirements").closed(),
                s.story(TREBASELEGHE, "family-minors", 110).planInForce(GOALS).closureProposed("goals-achieved").closed()
                        .reopened());
    }
}
