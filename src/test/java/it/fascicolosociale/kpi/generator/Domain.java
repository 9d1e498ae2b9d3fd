package it.fascicolosociale.kpi.generator;

import java.util.List;

/** The domain tables the generator fills, in the order their foreign keys allow loading them. */
final class Domain {

    final Table persons = new Table("person", "id", "missing_fiscal_code_reason", "first_name", "last_name", "birth_date",
            "sex", "citizenship", "residence_istat_code", "residence_address");
    final Table intakes = new Table("intake", "id", "person_id", "comune", "user_area_code", "channel", "requester_kind",
            "need", "urgent", "status", "registered_by", "registered_at", "interviewed_by", "interviewed_at", "decided_by",
            "decided_at");
    final Table cases = new Table("social_case", "id", "person_id", "comune", "user_area_code", "case_manager", "status",
            "opened_by", "opened_at", "intake_id", "closure_reason");
    final Table events = new Table("case_event", "case_id", "position", "kind", "at", "by_operator", "detail");
    final Table plans = new Table("care_plan", "id", "case_id", "revision", "status", "summary", "drafted_by", "drafted_at",
            "decided_by", "decided_at", "rejection_reason");
    final Table assessments = new Table("assessment", "id", "case_id", "person_id", "instrument", "status", "requested_by",
            "requested_at", "mobility", "daily_living", "behavioural_disorders", "income_situation", "support_network",
            "assessment_source", "social_assessment", "prepared_by", "prepared_at", "session_planned_on", "convened_by",
            "session_date", "decision", "score", "case_manager", "case_manager_changed", "notes", "recorded_by", "recorded_at");
    final Table benefits = new Table("benefit", "id", "case_id", "person_id", "paying_comune", "user_area_code",
            "catalogue_item_code", "quantity", "unit_of_measure", "period_from", "period_to", "status", "requested_by",
            "requested_at", "isee_type", "isee_value", "isee_expiry", "checked_by", "checked_at", "unit_tariff",
            "user_share_percent", "user_amount_per_unit", "body_amount_per_unit", "act_type", "act_number", "act_date",
            "decided_by", "decided_at", "refusal_reason", "activation_date", "activated_by", "ended_on", "end_reason", "ended_by");
    final Table renewals = new Table("benefit_renewal", "benefit_id", "previous_period_to", "new_period_to", "renewed_by",
            "renewed_at");
    final Table deliveries = new Table("benefit_delivery", "id", "benefit_id", "delivered_on", "quantity", "total_amount",
            "body_amount", "user_amount", "health_service_amount", "recorded_by", "recorded_at");

    List<Table> tables() {
        return List.of(persons, intakes, cases, events, plans, assessments, benefits, renewals, deliveries);
    }
}
