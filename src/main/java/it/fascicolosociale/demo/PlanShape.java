package it.fascicolosociale.demo;

/** What a demo PAI provides besides its goals: a benefit (for six months, or two), a referral, or both. */
enum PlanShape {
    GOALS(false, false, false),
    BENEFIT(true, false, false),
    SHORT_BENEFIT(true, false, true),
    REFERRAL(false, true, false),
    BENEFIT_AND_REFERRAL(true, true, false);

    private final boolean benefit;
    private final boolean referral;
    private final boolean shortPeriod;

    PlanShape(boolean benefit, boolean referral, boolean shortPeriod) {
        this.benefit = benefit;
        this.referral = referral;
        this.shortPeriod = shortPeriod;
    }

    boolean hasBenefit() {
        return benefit;
    }

    boolean hasReferral() {
        return referral;
    }

    /** Months of the benefit's period: a short one ends before today, and the renewal is due. */
    int months() {
        return shortPeriod ? 2 : 6;
    }
}
