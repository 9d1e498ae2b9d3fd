-- KPI (issue 6): the escalations fired are a few activities among millions in the engine's history; the indicator
-- finds them by activity id and start time instead of reading the whole period's activities.
create index kpi_act_hi_actinst_activity on act_hi_actinst (act_id_, start_time_);
