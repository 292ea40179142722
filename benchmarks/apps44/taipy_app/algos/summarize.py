"""Summarisation task function (``summarize_documents``) and the map-reduce
helpers the Summaries page calls directly for a single document."""
from __future__ import annotations

import asyncio
import logging

from pydantic import BaseModel

from app.services.multi_model_service import TaskComplexity, multi_model_service
from algos.chunking import chunk_text
from config.settings import settings
from llm import build_summary_prompt, get_anthropic_client, get_openai_client
from llm.clients import get_azure_openai_client
from llm.prompts import SUMMARY_SYSTEM
from utils.retry import call_with_retry

log = logging.getLogger(__name__)


def _summarise_chunk_openai(text: str, model: str, max_words: int) -> str:
    client = get_openai_client()
    resp = call_with_retry(
        client.chat.completions.create,
        model=model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": build_summary_prompt(text, max_words=max_words)},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content.strip()


def _reduce_openai(partials: list[str], model: str, max_words: int, style: str) -> str:
    joined = "\n\n".join(f"Part {i + 1}:\n{p}" for i, p in enumerate(partials))
    response = get_openai_client().responses.create(
        model=model,
        instructions=SUMMARY_SYSTEM,
        input=build_summary_prompt(joined, max_words=max_words, style=style),
    )
    return response.output_text


def _summarise_claude(text: str, max_words: int, style: str) -> str:
    msg = get_anthropic_client().messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1500,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": build_summary_prompt(text, max_words, style)}],
    )
    return msg.content[0].text


def summarize_one(text: str, provider: str = "openai", max_words: int = 150, style: str = "bullet points") -> str:
    if provider == "anthropic":
        return _summarise_claude(text, max_words, style)
    chunks = chunk_text(text, max_chars=12_000)
    model = settings.summary_model
    if len(chunks) == 1:
        return _summarise_chunk_openai(chunks[0], model, max_words)
    partials = [_summarise_chunk_openai(c, model, max_words * 2) for c in chunks]
    return _reduce_openai(partials, model, max_words, style)


class ActionItem(BaseModel):
    owner: str | None
    action: str
    due: str | None


class ActionItems(BaseModel):
    items: list[ActionItem]


AZURE_DEPLOYMENT = "gpt-4o-mini-eu"


def extract_action_items(text: str) -> list[dict]:
    """Structured extraction (meeting minutes -> action items) on the EU deployment."""
    azure = get_azure_openai_client()
    completion = azure.chat.completions.parse(
        model=AZURE_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Extract action items. Use null when owner or due date is unknown."},
            {"role": "user", "content": text[:30_000]},
        ],
        response_format=ActionItems,
    )
    parsed = completion.choices[0].message.parsed
    return [item.model_dump() for item in parsed.items] if parsed else []


async def _tracked_summary(text: str, max_words: int, style: str) -> str:
    return await multi_model_service.generate_response(
        prompt=build_summary_prompt(text, max_words, style),
        task_type="document_summary",
        complexity=TaskComplexity.SIMPLE,
        system=SUMMARY_SYSTEM,
    )


def summarize_documents(raw_documents: list[dict], summary_options: dict) -> list[dict]:
    """taipy.core task: raw_documents + summary_options -> summaries."""
    provider = summary_options.get("provider", "openai")
    max_words = int(summary_options.get("max_words", 150))
    style = summary_options.get("style", "bullet points")
    results = []
    for doc in raw_documents:
        try:
            if settings.use_tracked_service and provider == "tracked":
                summary = asyncio.run(_tracked_summary(doc["text"], max_words, style))
            else:
                summary = summarize_one(doc["text"], provider=provider, max_words=max_words, style=style)
        except Exception as exc:  # keep the scenario going; the page shows the error
            log.exception("summary failed for %s", doc.get("name"))
            summary = f"[error: {exc}]"
        results.append({"id": doc["id"], "name": doc["name"], "summary": summary})
    return results
