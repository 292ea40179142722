"""App factory."""
from __future__ import annotations

import logging
import time
from typing import Optional

import falcon
import falcon.asgi

from recruit_api.clients import ClientRegistry
from recruit_api.config import Settings
from recruit_api.db import (
    CandidateRepository,
    Database,
    JobRepository,
    OutreachRepository,
    ScreeningRepository,
)
from recruit_api.jobs.runner import JobRunner
from recruit_api.legacy import LegacyScreenResource
from recruit_api.media import build_handlers
from recruit_api.middleware import APIKeyMiddleware, ClientsMiddleware, RequestTimingMiddleware
from recruit_api.resources.admin import (
    HealthResource,
    JobsAdminResource,
    ProviderStatusResource,
    UsageReportResource,
)
from recruit_api.resources.candidates import CandidateCollection, CandidateItem
from recruit_api.resources.interviews import InterviewPrepResource, InterviewSummaryResource
from recruit_api.resources.jobs import JobCollection, JobItem
from recruit_api.resources.outreach import (
    MarkdownDraftResource,
    OutreachCollection,
    OutreachStreamResource,
)
from recruit_api.resources.screening import QuickScreenResource, ScreeningCollection
from recruit_api.resources.search import CandidateSearchResource, ReindexResource
from recruit_api.services.cv_parser import CVParser
from recruit_api.services.embeddings import EmbeddingService
from recruit_api.services.llm_usage_tracker import llm_tracker
from recruit_api.services.embeddings import Matcher
from recruit_api.services.outreach_writer import OutreachWriter
from recruit_api.services.screener import CVScreener
from recruit_api.services.summarizer import InterviewSummarizer

log = logging.getLogger(__name__)


def _handle_provider_error(req, resp, ex, params):
    log.exception("provider error on %s", req.path)
    raise falcon.HTTPBadGateway(title="Upstream model provider error")


def create_app(settings: Optional[Settings] = None, registry: Optional[ClientRegistry] = None) -> falcon.asgi.App:
    settings = settings or Settings.from_env()
    registry = registry or ClientRegistry.from_settings(settings)
    llm_tracker.configure(settings.database_path)

    db = Database(settings.database_path)
    candidates = CandidateRepository(db)
    jobs_repo = JobRepository(db)
    screenings = ScreeningRepository(db)
    drafts = OutreachRepository(db)

    # services get their client at construction; resources get services
    screener = CVScreener(registry.anthropic, model=settings.screening_model)
    writer = OutreachWriter(registry.openai, model=settings.outreach_model)
    parser = CVParser(registry.gemini, model=settings.parsing_model)
    summarizer = InterviewSummarizer(registry.mistral, model=settings.summary_model)
    embeddings = EmbeddingService(
        registry.voyage, model=settings.embedding_model, rerank_model=settings.rerank_model
    )
    matcher = Matcher(embeddings, candidates)

    import recruit_api.jobs.tasks  # noqa: F401  (registers @job handlers)

    runner = JobRunner(registry, db, settings, workers=settings.job_workers)

    app = falcon.asgi.App(
        middleware=[
            falcon.CORSMiddleware(allow_origins=list(settings.cors_origins)),
            RequestTimingMiddleware(),
            APIKeyMiddleware(settings.api_keys),
            ClientsMiddleware(registry, settings),
        ],
        cors_enable=False,
    )
    req_handlers, resp_handlers = build_handlers()
    app.req_options.media_handlers.update(req_handlers)
    app.resp_options.media_handlers.update(resp_handlers)
    app.req_options.strip_url_path_trailing_slash = True

    started = time.time()
    app.add_route("/health", HealthResource(started))
    app.add_route("/v2/health", HealthResource(started))
    app.add_route("/v2/admin/providers", ProviderStatusResource(registry))
    app.add_route("/v2/admin/usage", UsageReportResource(settings.database_path))
    jobs_admin = JobsAdminResource(runner)
    app.add_route("/v2/admin/jobs", jobs_admin)
    app.add_route("/v2/admin/jobs/{job_id}", jobs_admin, suffix="item")

    app.add_route("/v2/candidates", CandidateCollection(candidates, parser))
    cand_item = CandidateItem(candidates)
    app.add_route("/v2/candidates/{candidate_id}", cand_item)
    app.add_route("/v2/candidates/{candidate_id}/blind", cand_item, suffix="blind")

    app.add_route("/v2/jobs", JobCollection(jobs_repo, registry.gemini, settings.parsing_model))
    job_item = JobItem(jobs_repo)
    app.add_route("/v2/jobs/{job_id}", job_item)
    app.add_route("/v2/jobs/{job_id}/inclusive-rewrite", job_item, suffix="inclusive")

    screening = ScreeningCollection(screener, jobs_repo, candidates, screenings)
    app.add_route("/v2/jobs/{job_id}/screenings", screening)
    app.add_route("/v2/jobs/{job_id}/screenings/rationale", screening, suffix="rationale")
    app.add_route("/v2/quick-screen", QuickScreenResource())

    outreach = OutreachCollection(writer, candidates, drafts)
    app.add_route("/v2/outreach", outreach)
    app.add_route("/v2/outreach/followup", outreach, suffix="followup")
    app.add_route("/v2/outreach/stream", OutreachStreamResource(candidates))
    app.add_route("/v2/outreach/{draft_id}.md", MarkdownDraftResource(db))

    summaries = InterviewSummaryResource(summarizer)
    app.add_route("/v2/interviews/summary", summaries)
    app.add_route("/v2/interviews/panel", summaries, suffix="panel")
    app.add_route("/v2/interviews/prep", InterviewPrepResource())

    search = CandidateSearchResource(matcher, candidates, settings)
    app.add_route("/v2/search", search)
    app.add_route("/v2/search/shortlist", search, suffix="shortlist")
    app.add_route("/v2/search/reindex", ReindexResource(runner))

    app.add_route("/v1/screen", LegacyScreenResource())

    try:
        import anthropic
        import openai

        app.add_error_handler(openai.APIStatusError, _handle_provider_error)
        app.add_error_handler(anthropic.APIStatusError, _handle_provider_error)
    except ImportError:  # pragma: no cover
        pass

    # exposed for tests and scripts
    app.registry = registry  # type: ignore[attr-defined]
    app.runner = runner  # type: ignore[attr-defined]
    return app
