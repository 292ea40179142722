"""HTTP endpoints for chat, summarisation and the legacy v1 completion API."""

from __future__ import annotations

import logging
import time
import uuid

import azure.functions as func

from shared_code.clients import aoai_client, get_aoai_client, get_async_aoai_client
from shared_code.legacy.azure_rest import AzureRestError, chat_completion_rest, legacy_chat
from shared_code.services import TaskComplexity, multi_model_service
from shared_code.services.summarizer import Summarizer
from shared_code.settings import get_settings
from shared_code.utils.http import error_response, json_response, read_json, tenant_from_request
from shared_code.utils.tokens import count_message_tokens

logger = logging.getLogger(__name__)

bp = func.Blueprint()

MAX_PROMPT_TOKENS = 12000
ASSISTANT_SYSTEM = (
    "You are DocIntel, an assistant for the company's document management platform. "
    "Be concise and professional. If you are not sure, say so."
)


def _validate_messages(body: dict) -> list:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ValueError("'messages' must be a non-empty list")
    for message in messages:
        if message.get("role") not in {"user", "assistant", "system"}:
            raise ValueError(f"invalid role {message.get('role')!r}")
        if not isinstance(message.get("content"), str):
            raise ValueError("message content must be a string")
    if count_message_tokens(messages) > MAX_PROMPT_TOKENS:
        raise ValueError("conversation too long")
    return messages


@bp.route(route="chat", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def chat(req: func.HttpRequest) -> func.HttpResponse:
    """Synchronous chat completion against the default deployment."""
    body = read_json(req)
    try:
        messages = _validate_messages(body)
    except ValueError as exc:
        return error_response(str(exc))

    settings = get_settings().azure_openai
    started = time.perf_counter()
    completion = get_aoai_client().chat.completions.create(
        model=settings.chat_deployment,
        messages=[{"role": "system", "content": ASSISTANT_SYSTEM}, *messages],
        temperature=float(body.get("temperature", 0.3)),
        max_tokens=int(body.get("max_tokens", 800)),
        user=tenant_from_request(req) or "anonymous",
    )
    elapsed_ms = round((time.perf_counter() - started) * 1000)
    logger.info("chat completed in %sms (%s tokens)", elapsed_ms, completion.usage.total_tokens)
    return json_response(
        {
            "id": completion.id,
            "reply": completion.choices[0].message.content,
            "finish_reason": completion.choices[0].finish_reason,
            "usage": completion.usage.model_dump(),
            "elapsed_ms": elapsed_ms,
        }
    )


@bp.route(route="chat/stream", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def chat_stream(req: func.HttpRequest) -> func.HttpResponse:
    """Buffered 'stream'.  The Python worker cannot stream HTTP responses on our
    plan, so we collect deltas and return them as NDJSON for the UI's replay."""
    if not get_settings().feature_flags.get("stream_chat"):
        return error_response("streaming disabled", status_code=404, code="not_found")
    body = read_json(req)
    try:
        messages = _validate_messages(body)
    except ValueError as exc:
        return error_response(str(exc))

    lines = []
    stream = aoai_client.chat.completions.create(
        model=get_settings().azure_openai.chat_deployment,
        messages=[{"role": "system", "content": ASSISTANT_SYSTEM}, *messages],
        stream=True,
    )
    for event in stream:
        if event.choices and event.choices[0].delta and event.choices[0].delta.content:
            lines.append(event.choices[0].delta.content)
    return func.HttpResponse("\n".join(lines), mimetype="application/x-ndjson")


@bp.route(route="chat/async", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
async def chat_async(req: func.HttpRequest) -> func.HttpResponse:
    """Async variant used by the Teams bot; keeps the worker thread free."""
    body = read_json(req)
    try:
        messages = _validate_messages(body)
    except ValueError as exc:
        return error_response(str(exc))
    client = get_async_aoai_client()
    completion = await client.chat.completions.create(
        model=get_settings().azure_openai.mini_deployment,
        messages=[{"role": "system", "content": ASSISTANT_SYSTEM}, *messages],
        temperature=0.3,
    )
    return json_response({"reply": completion.choices[0].message.content})


@bp.route(route="ask", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
async def ask(req: func.HttpRequest) -> func.HttpResponse:
    """New-style endpoint: goes through the tracked multi-model service."""
    body = read_json(req)
    question = (body.get("question") or "").strip()
    if not question:
        return error_response("'question' is required")
    complexity = TaskComplexity.AGENTIC if body.get("deep") else TaskComplexity.SIMPLE
    answer = await multi_model_service.generate_response(
        prompt=question,
        task_type="chat",
        complexity=complexity,
        system_prompt=ASSISTANT_SYSTEM,
        tenant_id=tenant_from_request(req),
    )
    return json_response({"answer": answer})


@bp.route(route="summarize", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def summarize(req: func.HttpRequest) -> func.HttpResponse:
    body = read_json(req)
    text = body.get("text") or ""
    if len(text) < 50:
        return error_response("text too short to summarise")
    summarizer = Summarizer(get_aoai_client(), max_sentences=int(body.get("sentences", 5)))
    result = summarizer.generate(text)
    return json_response(
        {"summary": result.text, "usage": {"input": result.input_tokens, "output": result.output_tokens}}
    )


@bp.route(route="v1/complete", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def v1_complete(req: func.HttpRequest) -> func.HttpResponse:
    """Deprecated v1 API (raw REST).  Sunset date communicated: 2025-12-31."""
    body = read_json(req)
    prompt = body.get("prompt")
    if not prompt:
        return error_response("'prompt' is required")
    if body.get("mode") == "chat":
        # v1 "chat mode" clients never sent an engine; always the legacy deployment
        reply = legacy_chat([{"role": "user", "content": prompt}], temperature=float(body.get("temperature", 0.7)))
        return json_response({"choices": [{"text": reply, "index": 0}]}, headers={"Deprecation": "true"})
    try:
        data = chat_completion_rest(
            deployment=body.get("engine") or "gpt-35-turbo-legacy",
            messages=[{"role": "user", "content": prompt}],
            temperature=float(body.get("temperature", 0.7)),
            max_tokens=int(body.get("max_tokens", 256)),
        )
    except AzureRestError as exc:
        return error_response(exc.body, status_code=exc.status, code="upstream_error")
    return json_response(
        {
            "id": f"cmpl-{uuid.uuid4().hex[:12]}",
            "object": "text_completion",
            "choices": [{"text": data["choices"][0]["message"]["content"], "index": 0}],
        },
        headers={"Deprecation": "true"},
    )
