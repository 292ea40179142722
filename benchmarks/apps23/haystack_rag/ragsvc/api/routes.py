"""JSON endpoints."""
from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

from flask import Blueprint, abort, current_app, jsonify, request

from ragsvc import registry
from ragsvc.clients import get_voyage_client
from ragsvc.pipelines.query import query_inputs
from ragsvc.services.multi_model_service import TaskComplexity, multi_model_service
from ragsvc.utils.tokens import calculate_cost, count_tokens

logger = logging.getLogger(__name__)

bp = Blueprint("api", __name__)


# --- sessions (in-process; the Redis version is RAG-360) ---
@dataclass
class Session:
    id: str
    pipeline: str
    created_at: float
    history: list[dict[str, str]] = field(default_factory=list)

    def chat(self, role: str, content: str) -> None:
        """Append a turn to the history (no model call; the name predates the API)."""
        self.history.append({"role": role, "content": content})
        del self.history[:-20]


class SessionStore:
    def __init__(self, ttl_seconds: int = 3600) -> None:
        self._ttl = ttl_seconds
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}

    def create(self, pipeline: str) -> Session:
        session = Session(id=uuid.uuid4().hex, pipeline=pipeline, created_at=time.time())
        with self._lock:
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str) -> Session | None:
        with self._lock:
            session = self._sessions.get(session_id)
            if session and time.time() - session.created_at > self._ttl:
                self._sessions.pop(session_id, None)
                return None
            return session


sessions = SessionStore()


def _pipelines() -> dict:
    return current_app.extensions["ragsvc.pipelines"]


def _json_body(*required: str) -> dict:
    body = request.get_json(silent=True) or {}
    missing = [k for k in required if not body.get(k)]
    if missing:
        abort(400, description=f"missing fields: {', '.join(missing)}")
    return body


@bp.post("/sessions")
def create_session():
    body = request.get_json(silent=True) or {}
    pipeline = body.get("pipeline", "support_qa")
    if pipeline not in _pipelines():
        abort(404, description=f"unknown pipeline {pipeline}")
    session = sessions.create(pipeline)
    return jsonify(id=session.id, pipeline=session.pipeline), 201


@bp.post("/ask")
def ask():
    body = _json_body("query")
    name = body.get("pipeline", "support_qa")
    session = sessions.get(body["session_id"]) if body.get("session_id") else None
    if session is not None:
        name = session.pipeline
    pipeline = _pipelines().get(name)
    if pipeline is None:
        abort(404, description=f"unknown pipeline {name}")

    started = time.perf_counter()
    history = session.history if session else None
    result = pipeline.run(query_inputs(name, body["query"], history), include_outputs_from={"moderation"})
    if result.get("moderation", {}).get("blocked"):
        return jsonify(error="query_blocked", categories=result["moderation"]["categories"]), 422
    answer = result["assembler"]["answer"]
    if session is not None:
        session.chat("user", body["query"])
        session.chat("assistant", answer["text"])
    answer["latency_ms"] = round((time.perf_counter() - started) * 1000)
    return jsonify(answer)


@bp.post("/chat/direct")
def chat_direct():
    """No retrieval; used by the agent-assist sidebar for small talk and rephrasing."""
    body = _json_body("messages")
    client = current_app.extensions["openai_client"]
    model = body.get("model") or current_app.config["RAGSVC_SETTINGS"].default_chat_model
    completion = client.chat.completions.create(
        model=model,
        messages=body["messages"],
        temperature=body.get("temperature", 0.5),
        max_tokens=min(int(body.get("max_tokens", 400)), 1000),
    )
    usage = completion.usage
    return jsonify(
        reply=completion.choices[0].message.content,
        usage={"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens},
        est_cost_usd=calculate_cost(model, usage.prompt_tokens, usage.completion_tokens),
    )


@bp.post("/summarize")
def summarize():
    body = _json_body("text")
    text = body["text"]
    complexity = TaskComplexity.STANDARD if count_tokens(text) > 3000 else TaskComplexity.SIMPLE
    summary = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Summarize this support ticket thread in 3 bullet points:\n\n{text}",
            task_type="ticket_summary",
            complexity=complexity,
        )
    )
    return jsonify(summary=summary)


@bp.post("/embed")
def embed():
    body = _json_body("texts")
    texts = body["texts"][:128]
    model = body.get("model", "voyage-3.5")
    if get_voyage_client().count_tokens(texts, model=model) > 120_000:
        abort(413, description="batch too large")
    result = get_voyage_client().embed(texts, model=model, input_type=body.get("input_type"))
    return jsonify(embeddings=result.embeddings, total_tokens=result.total_tokens)


@bp.post("/compare")
def compare():
    """Side-by-side answers for the prompt playground. Uses the provider registry (RAG-398)."""
    body = _json_body("prompt")
    messages = [{"role": "user", "content": body["prompt"]}]
    out = {}
    mistral = registry.get_client("mistral")
    res = mistral.chat.complete(model="mistral-small-latest", messages=messages, max_tokens=500)
    out["mistral-small-latest"] = res.choices[0].message.content
    # TODO(RAG-398): add cohere + watsonx once they are in PROVIDER_CLIENTS
    return jsonify(out)


@bp.get("/models")
def list_models():
    client = current_app.extensions["openai_client"]
    ids = sorted(m.id for m in client.models.list() if m.id.startswith(("gpt-", "o")))
    return jsonify(openai=ids, pipelines=sorted(_pipelines()))
