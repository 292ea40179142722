"""Scheduler construction and job registration."""
from __future__ import annotations

import logging

from apscheduler.executors.asyncio import AsyncIOExecutor
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor import clients
from monitor.config import Settings
from monitor.context import JobContext
from monitor.events import register_listeners
from monitor.jobs import (
    alert_enrichment,
    anomaly_summary,
    capacity_forecast,
    cost_report,
    daily_digest,
    embedding_refresh,
    health_checks,
    log_triage,
    postmortem,
)

logger = logging.getLogger(__name__)


def build_scheduler(settings: Settings) -> AsyncIOScheduler:
    cfg = settings.section("scheduler")
    jobstores = {
        # Only persistable (module-level, picklable-arg) jobs go to the sqlite store.
        "default": MemoryJobStore(),
        "persistent": SQLAlchemyJobStore(url=cfg.get("jobstore_url", "sqlite:///jobs.sqlite")),
    }
    executors = {
        "default": AsyncIOExecutor(),
        "threadpool": ThreadPoolExecutor(int(cfg.get("max_workers", 8))),
    }
    job_defaults = {
        "coalesce": bool(cfg.get("coalesce", True)),
        "max_instances": int(cfg.get("max_instances", 1)),
        "misfire_grace_time": int(cfg.get("misfire_grace_time", 120)),
    }
    scheduler = AsyncIOScheduler(
        jobstores=jobstores, executors=executors, job_defaults=job_defaults,
        timezone=settings.timezone,
    )
    register_listeners(scheduler)
    return scheduler


def register_jobs(scheduler: AsyncIOScheduler, ctx: JobContext) -> None:
    s = ctx.settings
    scheduler.add_job(
        health_checks.run_health_checks,
        IntervalTrigger(minutes=s.job("health_checks").get("minutes", 5)),
        id="health_checks", kwargs={"ctx": ctx}, replace_existing=True,
    )
    scheduler.add_job(
        anomaly_summary.summarize_anomalies,
        "interval", minutes=s.job("anomaly_summary").get("minutes", 15),
        id="anomaly_summary", kwargs={"ctx": ctx}, replace_existing=True,
    )
    # log triage does blocking IO (bedrock + file reads) -> thread pool
    scheduler.add_job(
        log_triage.triage_recent_logs,
        IntervalTrigger(minutes=s.job("log_triage").get("minutes", 10)),
        id="log_triage", kwargs={"ctx": ctx, "since_minutes": 10},
        executor="threadpool", replace_existing=True,
    )
    scheduler.add_job(
        embedding_refresh.refresh_runbook_index,
        CronTrigger(hour=s.job("embedding_refresh").get("hour", 2)),
        id="embedding_refresh", kwargs={"ctx": ctx}, executor="threadpool",
        replace_existing=True,
    )
    digest = s.job("daily_digest")
    scheduler.add_job(
        daily_digest.send_daily_digest,
        CronTrigger(hour=digest.get("hour", 7), minute=digest.get("minute", 30)),
        id="daily_digest", kwargs={"ctx": ctx}, replace_existing=True,
    )
    scheduler.add_job(
        cost_report.write_cost_report,
        CronTrigger(day_of_week="mon", hour=8),
        id="cost_report", jobstore="persistent", replace_existing=True,
    )
    scheduler.add_job(
        alert_enrichment.enrich_alerts, "interval", minutes=2,
        id="alert_enrichment", kwargs={"ctx": ctx}, replace_existing=True,
    )
    scheduler.add_job(
        capacity_forecast.write_forecast,
        CronTrigger(day_of_week="fri", hour=15),
        id="capacity_forecast", kwargs={"ctx": ctx, "provider": "openai"},
        executor="threadpool", replace_existing=True,
    )
    scheduler.add_job(
        postmortem.draft_postmortems,
        CronTrigger(day_of_week="fri", hour=10),
        id="postmortem_drafts",
        kwargs={"ctx": ctx, "writer": clients.get_deepseek(), "model": "deepseek-chat"},
        executor="threadpool", replace_existing=True,
    )
    scheduler.add_job(
        health_checks.check_certificates, CronTrigger(hour=6),
        id="cert_expiry", kwargs={"ctx": ctx}, executor="threadpool", replace_existing=True,
    )
    logger.info("registered %d jobs", len(scheduler.get_jobs()))
