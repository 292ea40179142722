"""Scheduled launch plans. Registered together with the workflows."""
from flytekit import CronSchedule, FixedRate, LaunchPlan
from flytekit.models.common import Labels
from datetime import timedelta

from labelling_flows.tasks.legacy_tasks import legacy_nightly_wf
from labelling_flows.workflows.backfill_wf import embedding_backfill_wf
from labelling_flows.workflows.eval_wf import judge_eval_tracked_wf, weekly_report_wf
from labelling_flows.workflows.labelling_wf import labelling_wf

_team_labels = Labels({"team": "data-quality", "cost-center": "dq-llm"})

nightly_labelling_lp = LaunchPlan.get_or_create(
    workflow=labelling_wf,
    name="nightly_labelling",
    default_inputs={"provider": "tracked", "limit": 20000},
    fixed_inputs={"batch_size": 50},
    schedule=CronSchedule(schedule="0 2 * * *", kickoff_time_input_arg=None),
    labels=_team_labels,
)

claude_ab_lp = LaunchPlan.create(
    "labelling_claude_ab",
    labelling_wf,
    default_inputs={"since": "2024-01-01"},
    fixed_inputs={"provider": "anthropic"},
    labels=_team_labels,
)

weekly_judge_lp = LaunchPlan.get_or_create(
    workflow=judge_eval_tracked_wf,
    name="weekly_judge_eval",
    schedule=FixedRate(duration=timedelta(days=7)),
    labels=_team_labels,
)

weekly_report_lp = LaunchPlan.get_or_create(workflow=weekly_report_wf, name="weekly_report")

backfill_cohere_lp = LaunchPlan.get_or_create(
    workflow=embedding_backfill_wf,
    name="embedding_backfill_cohere",
    fixed_inputs={"provider": "cohere"},
)

legacy_nightly_lp = LaunchPlan.get_or_create(
    workflow=legacy_nightly_wf,
    name="legacy_nightly",
    schedule=CronSchedule(schedule="30 3 * * *"),
)
