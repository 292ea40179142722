"""Worker job handlers.

Each handler takes the injector and the job payload. Handlers are registered
with ``@job("name")`` and looked up by ``supportbot.worker.main``.
"""
from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable
from typing import Any

import anthropic
import httpx
import openai
from injector import Injector
from xai_sdk import Client as XaiClient
from xai_sdk.chat import system, user

from supportbot.keys import GraniteChat, GraniteEmbeddings
from supportbot.services import ProviderRegistry, TicketRepository
from supportbot.services.llm_usage_tracker import llm_tracker
from supportbot.services.multi_model_service import TaskComplexity, multi_model_service
from supportbot.settings import Settings

log = logging.getLogger(__name__)

Handler = Callable[[Injector, dict[str, Any]], Any]
HANDLERS: dict[str, Handler] = {}


def job(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


@job("embed_articles")
def embed_articles(injector: Injector, payload: dict[str, Any]) -> None:
    """Re-embed changed help-centre articles with Granite (watsonx) for the agent search."""
    embeddings = injector.get(GraniteEmbeddings)
    texts = [a["body"] for a in payload["articles"]]
    vectors = embeddings.embed_documents(texts=texts)
    log.info("embedded %d articles (dim=%d)", len(vectors), len(vectors[0]) if vectors else 0)
    # vectors are written by the exporter; see scripts/export_index.py (TODO)


@job("regulatory_summary")
def regulatory_summary(injector: Injector, payload: dict[str, Any]) -> str:
    """Monthly complaints summary for the regulator return (must stay on watsonx)."""
    granite = injector.get(GraniteChat)
    prompt = (
        "Summarise the following complaint categories and volumes for a regulatory return. "
        "Use formal language, no speculation.\n\n" + "\n".join(payload["lines"])
    )
    text = granite.generate_text(prompt=prompt, params={"max_new_tokens": 900, "decoding_method": "greedy"})
    log.info("regulatory summary: %d chars", len(text))
    return text


@job("nightly_digest")
def nightly_digest(injector: Injector, payload: dict[str, Any]) -> str:
    """Submit yesterday's closed tickets to the Anthropic batch API for QA scoring."""
    client = injector.get(anthropic.Anthropic)
    model = injector.get(Settings).drafting_model
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": t["reference"],
                "params": {
                    "model": model,
                    "max_tokens": 300,
                    "messages": [
                        {"role": "user", "content": "Score this support exchange 1-5 for accuracy and empathy:\n" + t["transcript"]}
                    ],
                },
            }
            for t in payload["tickets"]
        ]
    )
    log.info("submitted QA batch %s with %d requests", batch.id, len(payload["tickets"]))
    return batch.id


@job("call_recording")
def call_recording(injector: Injector, payload: dict[str, Any]) -> None:
    """Transcribe a phone-support recording, then summarise it onto the ticket."""
    audio = httpx.get(payload["recording_url"], timeout=60).content
    oai = injector.get(openai.OpenAI)
    transcript = oai.audio.transcriptions.create(model="gpt-4o-transcribe", file=("call.wav", io.BytesIO(audio)))
    asyncio.run(_summarise_onto_ticket(injector, payload["reference"], transcript.text))


async def _summarise_onto_ticket(injector: Injector, reference: str, transcript: str) -> None:
    client = injector.get(anthropic.AsyncAnthropic)
    model = injector.get(Settings).triage_model
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="call_summary"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=400,
            messages=[{"role": "user", "content": f"Summarise this support call:\n{transcript}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    repo = injector.get(TicketRepository)
    ticket = await repo.get(reference)
    if ticket:
        ticket.body += "\n\n--- call summary ---\n" + msg.content[0].text
        await repo.update(ticket)


@job("translate_reply")
def translate_reply(injector: Injector, payload: dict[str, Any]) -> str:
    xai = injector.get(XaiClient)
    chat = xai.chat.create(model="grok-3-mini", temperature=0.1)
    chat.append(system("Translate the support reply. Keep product names and amounts unchanged."))
    chat.append(user(f"Target language: {payload['language']}\n\n{payload['text']}"))
    return chat.sample().content


@job("compare_models")
def compare_models(injector: Injector, payload: dict[str, Any]) -> dict[str, str]:
    """Offline A/B: same messages on every registry model (results go to the eval sheet)."""
    registry = injector.get(ProviderRegistry)
    return {name: registry.chat(name, payload["messages"]) for name in registry.names()}


@job("autotag_ticket")
def autotag_ticket(injector: Injector, payload: dict[str, Any]) -> list[str]:
    """Free-form tags for reporting. Tracked path; cheap model is fine."""
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt="Give up to 5 comma-separated lowercase tags for this ticket:\n" + payload["body"],
            task_type="ticket_autotag",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=30,
        )
    )
    return [t.strip() for t in text.split(",") if t.strip()][:5]
