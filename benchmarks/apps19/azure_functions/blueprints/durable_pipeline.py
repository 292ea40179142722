"""Durable Functions pipeline for large documents.

HTTP starter -> orchestrator -> fan-out activities (entities, embeddings,
summaries per chunk) -> fan-in -> critique + classification -> persist.

Orchestrator code must stay deterministic: no I/O, no clients, only
``context.call_activity``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta

import azure.durable_functions as df
import azure.functions as func

from shared_code.clients import DeepSeekGateway, get_async_aoai_client, get_cohere
from shared_code.repository import DocumentRepository
from shared_code.services import prompts
from shared_code.services.llm_usage_tracker import llm_tracker
from shared_code.settings import get_settings
from shared_code.utils.tokens import chunk_text

logger = logging.getLogger(__name__)

bp = df.Blueprint()

RETRY = df.RetryOptions(first_retry_interval_in_milliseconds=5000, max_number_of_attempts=3)


@bp.route(route="pipelines/documents", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
@bp.durable_client_input(client_name="client")
async def start_document_pipeline(req: func.HttpRequest, client: df.DurableOrchestrationClient) -> func.HttpResponse:
    try:
        payload = req.get_json()
    except ValueError:
        return func.HttpResponse("invalid JSON", status_code=400)
    if not payload.get("tenant_id") or not payload.get("document_id"):
        return func.HttpResponse("tenant_id and document_id are required", status_code=400)
    instance_id = await client.start_new("document_pipeline_orchestrator", client_input=payload)
    logger.info("Started orchestration %s for %s", instance_id, payload["document_id"])
    return client.create_check_status_response(req, instance_id)


@bp.orchestration_trigger(context_name="context")
def document_pipeline_orchestrator(context: df.DurableOrchestrationContext):
    payload = context.get_input()
    chunks = yield context.call_activity("load_and_chunk", payload)

    entity_tasks = [context.call_activity_with_retry("extract_entities", RETRY, c) for c in chunks]
    summary_tasks = [context.call_activity_with_retry("summarize_chunk", RETRY, c) for c in chunks]
    embed_task = context.call_activity_with_retry("embed_chunks", RETRY, chunks)

    entities_per_chunk = yield context.task_all(entity_tasks)
    chunk_summaries = yield context.task_all(summary_tasks)
    embeddings = yield embed_task

    joined_summary = "\n".join(chunk_summaries)
    critique = yield context.call_activity("critique_summary", {"summary": joined_summary, "excerpt": chunks[0]})
    category = yield context.call_activity("classify_document", joined_summary)

    if not context.is_replaying:
        logger.info("Pipeline %s: %d chunks", context.instance_id, len(chunks))

    deadline = context.current_utc_datetime + timedelta(minutes=5)
    result = yield context.call_activity(
        "persist_results",
        {
            **payload,
            "summary": joined_summary,
            "entities": [e for chunk in entities_per_chunk for e in chunk],
            "embedding_count": len(embeddings),
            "critique": critique,
            "category": category,
            "deadline": deadline.isoformat(),
        },
    )
    return result


@bp.activity_trigger(input_name="payload")
def load_and_chunk(payload: dict) -> list:
    repo = DocumentRepository.from_settings()
    record = repo.get(payload["tenant_id"], payload["document_id"])
    if record is None:
        raise ValueError(f"document {payload['document_id']} not found")
    return chunk_text(record.body, get_settings().max_chunk_chars)


@bp.activity_trigger(input_name="chunk")
async def extract_entities(chunk: str) -> list:
    client = get_async_aoai_client()
    completion = await client.chat.completions.create(
        model=get_settings().azure_openai.mini_deployment,
        messages=[
            {"role": "system", "content": prompts.ENTITY_SYSTEM},
            {"role": "user", "content": chunk},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    try:
        return json.loads(completion.choices[0].message.content or "{}").get("entities", [])
    except json.JSONDecodeError:
        logger.warning("Entity extraction returned invalid JSON")
        return []


@bp.activity_trigger(input_name="chunk")
async def summarize_chunk(chunk: str) -> str:
    deployment = get_settings().azure_openai.mini_deployment
    async with llm_tracker.track_llm_call(
        provider="azure_openai", model=deployment, feature_context="durable_chunk_summary"
    ) as usage_log:
        completion = await get_async_aoai_client().chat.completions.create(
            model=deployment,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM.format(max_sentences=3)},
                {"role": "user", "content": chunk},
            ],
            temperature=0.1,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.content or ""


@bp.activity_trigger(input_name="chunks")
async def embed_chunks(chunks: list) -> list:
    vendors = get_settings().vendors
    response = await asyncio.to_thread(
        get_cohere().embed,
        model=vendors.cohere_embed_model,
        input_type="search_document",
        texts=chunks,
        embedding_types=["float"],
    )
    return response.embeddings.float_


@bp.activity_trigger(input_name="payload")
async def critique_summary(payload: dict) -> str:
    client = get_async_aoai_client()
    response = await client.responses.create(
        model=get_settings().azure_openai.chat_deployment,
        instructions=prompts.CRITIQUE_INSTRUCTIONS,
        input=f"SUMMARY:\n{payload['summary']}\n\nSOURCE EXCERPT:\n{payload['excerpt']}",
        max_output_tokens=500,
    )
    return response.output_text


@bp.activity_trigger(input_name="summary")
async def classify_document(summary: str) -> str:
    gateway = DeepSeekGateway()
    try:
        raw = await gateway.complete(
            prompts.CLASSIFY_SYSTEM.format(categories="\n".join(prompts.DEFAULT_CATEGORIES)),
            summary,
            json_mode=True,
        )
    finally:
        await gateway.aclose()
    try:
        return json.loads(raw).get("category", "other")
    except json.JSONDecodeError:
        return "other"


@bp.activity_trigger(input_name="payload")
def persist_results(payload: dict) -> dict:
    repo = DocumentRepository.from_settings()
    repo.mark_status(
        payload["tenant_id"],
        payload["document_id"],
        "pipeline_complete",
        Summary=payload["summary"][:30000],
        Category=payload.get("category") or "",
        EntityCount=len(payload.get("entities", [])),
        Critique=(payload.get("critique") or "")[:8000],
    )
    return {"document_id": payload["document_id"], "status": "pipeline_complete"}
