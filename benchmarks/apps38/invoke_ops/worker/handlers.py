"""Message handlers, keyed by routing key.

Each handler receives the decoded body and a ``WorkerContext`` holding the
clients, so the consumer creates them once per process.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from opslib import prompts
from opslib.clients import get_async_anthropic
from opslib.config import OpsSettings
from opslib.http_fallback import azure_chat_raw
from opslib.multi_model_service import TaskComplexity, multi_model_service
from opslib.summarize import Summarizer
from opslib.translate import translate_document
from opslib.triage import AlertTriager

log = logging.getLogger(__name__)


@dataclass
class WorkerContext:
    settings: OpsSettings
    openai: Any
    azure: Any
    cohere: Any
    replicate: Any
    results: list[dict] = field(default_factory=list)
    raw_azure: bool = False


Handler = Callable[[dict, WorkerContext], dict]
HANDLERS: dict[str, Handler] = {}


def handles(routing_key: str):
    def deco(fn: Handler) -> Handler:
        HANDLERS[routing_key] = fn
        return fn
    return deco


@handles("ops.release_notes")
def release_notes(body: dict, ctx: WorkerContext) -> dict:
    user = prompts.RELEASE_NOTES_USER.substitute(
        version=body["version"], previous=body["previous"],
        commits=prompts.render_commits(body["commits"]), prs="\n".join(body.get("prs", [])),
    )
    if body.get("tracked", True):
        text = asyncio.run(multi_model_service.generate_response(
            prompt=user, task_type="release_notes", complexity=TaskComplexity.SIMPLE,
            system=prompts.RELEASE_NOTES_SYSTEM,
        ))
    else:
        resp = ctx.openai.chat.completions.create(
            model=ctx.settings.openai_model,
            messages=[{"role": "system", "content": prompts.RELEASE_NOTES_SYSTEM},
                      {"role": "user", "content": user}],
        )
        text = resp.choices[0].message.content
    return {"version": body["version"], "notes": text}


@handles("ops.incidents")
def incident_summary(body: dict, ctx: WorkerContext) -> dict:
    if ctx.raw_azure:
        text = azure_chat_raw([
            {"role": "system", "content": prompts.INCIDENT_SUMMARY_SYSTEM},
            {"role": "user", "content": prompts.INCIDENT_SUMMARY_USER.substitute(
                incident_id=body["incident"]["id"], title=body["incident"]["title"],
                severity=body["incident"].get("urgency", "?"),
                events=prompts.render_events(body.get("events", [])), slack=body.get("slack", ""))},
        ])
        return {"incident_id": body["incident"]["id"], "summary": text}
    summarizer = Summarizer(ctx.azure, ctx.settings.azure_deployment)
    summary = summarizer.summarize(body["incident"], body.get("events", []), body.get("slack", ""))
    return {"incident_id": summary.incident_id, "summary": summary.text, "cost": summary.cost_usd}


@handles("ops.alerts")
def alert_triage(body: dict, ctx: WorkerContext) -> dict:
    triager = AlertTriager(co=ctx.cohere, chat_model=ctx.settings.cohere_chat_model,
                           rerank_model=ctx.settings.cohere_rerank_model)
    decision = triager.triage(body["alert"])
    return {"decision": decision.decision, "team": decision.team, "runbooks": decision.runbooks}


async def _translate_title(title: str, language: str, model: str) -> str:
    client = get_async_anthropic()
    msg = await client.messages.create(
        model=model,
        max_tokens=200,
        messages=[{"role": "user", "content": f"Translate this page title into {language}: {title}"}],
    )
    return msg.content[0].text.strip()


@handles("ops.translations")
def translation(body: dict, ctx: WorkerContext) -> dict:
    model = ctx.settings.anthropic_model
    text = "".join(translate_document(body["markdown"], body["language"], model))
    title = asyncio.run(_translate_title(body.get("title", ""), body["language"], model)) if body.get("title") else ""
    return {"path": body.get("path"), "language": body["language"], "title": title, "markdown": text}


@handles("ops.banners")
def banner(body: dict, ctx: WorkerContext) -> dict:
    output = ctx.replicate.run(
        ctx.settings.replicate_banner_model,
        input={"prompt": prompts.BANNER_PROMPT.substitute(version=body["version"], theme=body.get("theme", "ops"))},
    )
    return {"version": body["version"], "urls": [str(o) for o in output]}


@handles("ops.embeddings")
def embed_docs(body: dict, ctx: WorkerContext) -> dict:
    result = ctx.openai.embeddings.create(model=ctx.settings.openai_embedding_model, input=body["texts"])
    return {"ids": body.get("ids", []), "vectors": [d.embedding for d in result.data]}
