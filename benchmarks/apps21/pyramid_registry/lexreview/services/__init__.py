"""Service layer.

Re-exports the pieces views and scripts use most, and registers the
per-request service factories with pyramid_services.
"""
from lexreview.llm.interfaces import IPrivilegeReviewer, IUsageTracker

from .clause_extraction import extract_clauses, extract_clauses_chunked
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service
from .privilege_review import PrivilegeReviewer, privilege_reviewer_factory
from .redaction import RedactionSuggester
from .embeddings import rerank_hits
from .summarizer import summarize_document
from .translation import translate

__all__ = [
    "extract_clauses",
    "extract_clauses_chunked",
    "llm_tracker",
    "multi_model_service",
    "PrivilegeReviewer",
    "RedactionSuggester",
    "rerank_hits",
    "summarize_document",
    "TaskComplexity",
    "translate",
]


def _usage_sink_factory(registry):
    from lexreview.models import UsageRecord, get_tm_session

    session_factory = registry["dbsession_factory"]

    def sink(usage_log):
        import transaction

        tm = transaction.TransactionManager(explicit=True)
        with tm:
            dbsession = get_tm_session(session_factory, tm)
            UsageRecord.create(dbsession, usage_log)

    return sink


def includeme(config):
    settings = config.get_settings()
    multi_model_service.configure(settings)
    llm_tracker.configure(_usage_sink_factory(config.registry))
    config.registry.registerUtility(llm_tracker, IUsageTracker)
    config.register_service_factory(privilege_reviewer_factory, IPrivilegeReviewer)
