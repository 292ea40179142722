from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    ScheduleDefinition,
    build_schedule_from_partitioned_job,
    define_asset_job,
)

from .partitions import daily_partitions, weekly_partitions

catalog_daily_job = define_asset_job(
    name="catalog_daily_enrichment",
    selection=AssetSelection.groups("catalog", "search") - AssetSelection.keys(
        "catalog_reclassification_batch", "synthetic_search_queries", "search_relevance_report"
    ),
    partitions_def=daily_partitions,
    tags={"dagster/max_runtime": str(4 * 3600), "team": "data-platform"},
)

support_daily_job = define_asset_job(
    name="support_daily_enrichment",
    selection=AssetSelection.groups("support", "reviews")
    - AssetSelection.keys("support_summaries_backfill_batch", "weekly_cx_digest", "review_themes", "review_quality_drilldown"),
    partitions_def=daily_partitions,
)

weekly_job = define_asset_job(
    name="weekly_reviews_and_digest",
    selection=AssetSelection.keys("review_themes", "review_quality_drilldown", "weekly_cx_digest"),
    partitions_def=weekly_partitions,
)

search_eval_job = define_asset_job(
    name="search_relevance_eval",
    selection=AssetSelection.keys("synthetic_search_queries", "search_relevance_report"),
)

dbt_build_job = define_asset_job(name="dbt_build", selection=AssetSelection.groups("default"))

catalog_daily_schedule = build_schedule_from_partitioned_job(
    catalog_daily_job, hour_of_day=3, minute_of_hour=30, default_status=DefaultScheduleStatus.RUNNING
)

support_daily_schedule = build_schedule_from_partitioned_job(
    support_daily_job, hour_of_day=4, minute_of_hour=15, default_status=DefaultScheduleStatus.RUNNING
)

weekly_schedule = build_schedule_from_partitioned_job(weekly_job, day_of_week=1, hour_of_day=6)

dbt_schedule = ScheduleDefinition(
    job=dbt_build_job,
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    default_status=DefaultScheduleStatus.RUNNING,
)

search_eval_schedule = ScheduleDefinition(job=search_eval_job, cron_schedule="0 8 1 * *", execution_timezone="UTC")

all_schedules = [
    catalog_daily_schedule,
    support_daily_schedule,
    weekly_schedule,
    dbt_schedule,
    search_eval_schedule,
]
all_jobs = [catalog_daily_job, support_daily_job, weekly_job, search_eval_job, dbt_build_job]
