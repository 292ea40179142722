"""Second component: background LLM jobs (indexing, digest, classification).

Uses the newer ``Component`` API instead of ApplicationSession.  Run with
``python -m gateway.workers.component``.
"""
from __future__ import annotations

import logging

from autobahn.asyncio.component import Component, run
from autobahn.wamp.types import RegisterOptions

from gateway.config import get_settings
from gateway.llm import get_anthropic, get_cerebras, get_cohere, get_mistral
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.workers.indexer import Indexer
from gateway.workers.digest import build_digest

log = logging.getLogger(__name__)

settings = get_settings()

component = Component(
    transports=[{"type": "websocket", "url": settings.router_url, "max_retries": -1}],
    realm=settings.realm,
)

# filled in on_join; the registered functions read from here
state: dict = {}


@component.on_join
async def joined(session, details):
    log.info("worker component joined %s", details.realm)
    state["session"] = session
    state["cohere"] = get_cohere()
    state["cerebras"] = get_cerebras()
    state["claude"] = get_anthropic()
    state["indexer"] = Indexer(state["cohere"], session)
    await session.subscribe(state["indexer"].on_document, "com.app.documents.created")


@component.on_leave
async def left(session, details):
    log.warning("worker component left: %s", details.reason)
    state.clear()


@component.register("com.app.worker.classify", options=RegisterOptions(invoke="roundrobin"))
async def classify(text: str, labels: list[str]) -> dict:
    co = state["cohere"]
    prompt = f"Classify the text into one of {', '.join(labels)}. Answer with the label only.\n\n{text}"
    resp = await co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": prompt}])
    label = resp.message.content[0].text.strip()
    return {"label": label if label in labels else "other"}


@component.register("com.app.worker.extract_entities")
async def extract_entities(text: str) -> list[dict]:
    fast = state["cerebras"]
    resp = await fast.chat.completions.create(
        model="llama-3.3-70b",
        messages=[
            {"role": "system", "content": "Extract people, organisations and places as JSON list of {type,name}."},
            {"role": "user", "content": text},
        ],
        response_format={"type": "json_object"},
    )
    import json

    try:
        data = json.loads(resp.choices[0].message.content)
    except ValueError:
        return []
    return data.get("entities", data if isinstance(data, list) else [])


@component.register("com.app.worker.digest")
async def digest(channel_id: str, messages: list[dict]) -> str:
    return await build_digest(state["claude"], channel_id, messages)


@component.register("com.app.worker.rewrite")
async def rewrite(text: str, tone: str = "friendly") -> str:
    out = await multi_model_service.generate_response(
        prompt=f"Rewrite in a {tone} tone:\n\n{text}",
        task_type="rewrite",
        complexity=TaskComplexity.SIMPLE,
    )
    return out["text"]


@component.register("com.app.worker.fim")
def fill_in_middle(prefix: str, suffix: str) -> str:
    """Code completion for the snippet editor."""
    client = get_mistral()
    resp = client.fim.complete(model="codestral-latest", prompt=prefix, suffix=suffix, max_tokens=128)
    return resp.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run([component])
