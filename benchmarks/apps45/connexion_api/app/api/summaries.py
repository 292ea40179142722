"""/summaries controller."""
import logging

from connexion.exceptions import ProblemException
from flask import current_app

from app.repositories.documents import DocumentRepository, JobRepository
from app.services.container import get_container

log = logging.getLogger(__name__)


def _docs():
    return DocumentRepository(current_app.config["DATABASE_URL"])


def create_summary(body, token_info=None):
    doc = _docs().get(body["document_id"])
    if doc is None:
        raise ProblemException(status=404, title="Not found", detail="unknown document")

    style = body.get("style", "brief")
    summarizer = get_container().summarizer
    too_long = len(doc.text) > current_app.config["SUMMARY_SYNC_MAX_CHARS"]
    if body.get("async") or too_long:
        from app.worker.tasks import summarize_document

        jobs = JobRepository(current_app.config["DATABASE_URL"])
        job = jobs.create(kind="summary", document_id=doc.id, tenant=(token_info or {}).get("tenant"))
        summarize_document.delay(job.id, doc.id, style)
        return {"job_id": job.id, "status": "queued"}, 202

    tokens = summarizer.estimate_input_tokens(doc.text)
    log.debug("summary doc=%s tokens=%s", doc.id, tokens)
    summary = summarizer.summarize(doc.text, style=style)
    return {"document_id": doc.id, "summary": summary, "input_tokens": tokens}, 200


def get_summary_job(job_id, token_info=None):
    job = JobRepository(current_app.config["DATABASE_URL"]).get(job_id)
    if job is None:
        raise ProblemException(status=404, title="Not found", detail="unknown job")
    return {"job_id": job.id, "status": job.status, "result": job.result}, 200


def _feedback_prompt(previous, feedback):
    return (
        "Here is a summary you wrote earlier:\n\n"
        f"{previous}\n\n"
        f"The reviewer said: {feedback}\n\n"
        "Rewrite the summary addressing the feedback."
    )


def revise_summary(job_id, feedback, token_info=None):
    """Not in the spec yet (LEX-455); wired from the admin blueprint."""
    jobs = JobRepository(current_app.config["DATABASE_URL"])
    job = jobs.get(job_id)
    if job is None or not job.result:
        raise ProblemException(status=409, title="Nothing to revise")
    summarizer = get_container().summarizer
    revised = summarizer._single(_feedback_prompt(job.result, feedback))
    jobs.finish(job_id, revised, status="revised")
    return {"job_id": job_id, "summary": revised}, 200
