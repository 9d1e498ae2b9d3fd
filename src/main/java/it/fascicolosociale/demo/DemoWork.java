package it.fascicolosociale.demo;

import org.springframework.stereotype.Component;

/** The work of the demo operators, process by process, for the plots to schedule. */
@Component
@OnDemoData
record DemoWork(IntakeWork intake, CaseWork cases, UvmdWork uvmd, PlanWork plans, BenefitWork benefits) {
}
