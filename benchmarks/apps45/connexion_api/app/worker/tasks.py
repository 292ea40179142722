"""Long-running LLM jobs."""
import asyncio
import json
import logging
import os

import cohere
from celery import shared_task

from app.config import get_config
from app.legacy import azure_chat
from app.legacy.http_client import notify_webhook
from app.repositories.documents import DocumentRepository, JobRepository
from app.services import get_anthropic, get_bedrock, get_openai
from app.services.bedrock_service import BedrockClaude, converse_stream_text
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.summarizer import DocumentSummarizer

log = logging.getLogger(__name__)
cfg = get_config()


def _repos():
    return DocumentRepository(cfg.DATABASE_URL), JobRepository(cfg.DATABASE_URL)


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def summarize_document(self, job_id, document_id, style="brief"):
    docs, jobs = _repos()
    doc = docs.get(document_id)
    summarizer = DocumentSummarizer(get_anthropic(), {"ANTHROPIC_MODEL": cfg.ANTHROPIC_MODEL})
    try:
        summary = summarizer.summarize(doc.text, style=style)
    except Exception as exc:  # noqa: BLE001
        log.exception("summary failed job=%s", job_id)
        raise self.retry(exc=exc)
    jobs.finish(job_id, summary)
    return job_id


@shared_task
def summarize_document_v0(job_id, document_id):
    """Old clients still call this through the v0 API gateway."""
    docs, jobs = _repos()
    doc = docs.get(document_id)
    text = azure_chat.ask(f"Summarise:\n\n{doc.text[:20000]}")
    jobs.finish(job_id, text)


@shared_task
def generate_title(document_id):
    docs, _ = _repos()
    doc = docs.get(document_id)
    return azure_chat.title_for(doc.text)


async def _tracked_keywords(text, tenant):
    client = get_openai()
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="keyword_extraction", tenant=tenant
    ) as usage_log:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "Return {\"keywords\": [...]} with up to 12 keywords."},
                {"role": "user", "content": text[:16000]},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return json.loads(resp.choices[0].message.content)["keywords"]


@shared_task
def extract_keywords(document_id, tenant=None):
    docs, _ = _repos()
    doc = docs.get(document_id)
    return asyncio.run(_tracked_keywords(doc.text, tenant))


@shared_task
def classify_document(document_id):
    docs, _ = _repos()
    doc = docs.get(document_id)
    label = asyncio.run(multi_model_service.generate_response(
        prompt=f"Classify this legal document type in one word:\n\n{doc.text[:6000]}",
        task_type="doc_classification",
        complexity=TaskComplexity.SIMPLE,
    ))
    return label.strip().lower()


@shared_task
def long_answer_bedrock(job_id, question, callback_url=None):
    _, jobs = _repos()
    parts = list(converse_stream_text(
        [{"role": "user", "content": [{"text": question}]}],
        [{"text": "Answer thoroughly, citing statutes."}],
        cfg.BEDROCK_MODEL_ID,
    ))
    answer = "".join(parts)
    jobs.finish(job_id, answer)
    if callback_url:
        notify_webhook(callback_url, {"job_id": job_id, "status": "done"})


@shared_task
def quick_bedrock_check(question):
    return BedrockClaude(get_bedrock(), cfg.BEDROCK_MODEL_ID).ask(question, max_tokens=256)


@shared_task
def nova_brief(question):
    runtime = get_bedrock()
    resp = runtime.converse(
        modelId="amazon.nova-lite-v1:0",
        messages=[{"role": "user", "content": [{"text": question}]}],
        inferenceConfig={"maxTokens": 300},
    )
    return resp["output"]["message"]["content"][0]["text"]


@shared_task
def cohere_draft_reply(ticket_text):
    # support team wanted Command R specifically; local client, not worth a factory
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    resp = co.chat(
        model="command-r-08-2024",
        messages=[
            {"role": "system", "content": "Draft a polite support reply."},
            {"role": "user", "content": ticket_text},
        ],
    )
    return resp.message.content[0].text


@shared_task
def token_budget(document_id):
    """Pre-flight only: counts tokens, never generates."""
    docs, _ = _repos()
    doc = docs.get(document_id)
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    tokens = co.tokenize(text=doc.text[:50000], model="command-r-08-2024").tokens
    return len(tokens)


@shared_task
def nightly_digest(tenant, document_ids):
    """Tracked: digest of the day's new documents for the tenant's inbox."""
    docs, _ = _repos()
    titles = [d.title for d in (docs.get(i) for i in document_ids) if d]
    if not titles:
        return None
    return asyncio.run(multi_model_service.generate_response(
        prompt="Write a short digest of today's new documents:\n- " + "\n- ".join(titles),
        task_type="nightly_digest",
        complexity=TaskComplexity.SIMPLE,
        tenant=tenant,
    ))


@shared_task
def translate_summary(job_id, target_language="de"):
    _, jobs = _repos()
    job = jobs.get(job_id)
    claude = get_anthropic()
    msg = claude.messages.create(
        model=cfg.ANTHROPIC_MODEL,
        max_tokens=2000,
        messages=[{
            "role": "user",
            "content": f"Translate into {target_language}, keep legal terms precise:\n\n{job.result}",
        }],
    )
    jobs.finish(job_id, msg.content[0].text, status="translated")


@shared_task
def rescan_conversations(batch):
    """Nightly moderation re-scan; ``batch`` is a list of message texts."""
    from app.services.moderation_service import ModerationService

    flags = ModerationService(get_openai()).score_many(batch)
    return sum(1 for f in flags if f)
