"""Article summaries (Mistral)."""
from __future__ import annotations

import logging

from mistralai import Mistral

from kb_api.config import get_settings
from kb_api.llm.prompts import SUMMARY_PROMPT
from kb_api.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

MAX_BODY_CHARS = 24_000


def _clip(body: str) -> str:
    return body if len(body) <= MAX_BODY_CHARS else body[:MAX_BODY_CHARS] + "\n…"


async def summarize_article(client: Mistral, title: str, body: str, sentences: int = 3) -> str:
    """Used by the ``summarizeArticle`` mutation."""
    prompt = SUMMARY_PROMPT.format(sentences=sentences, body=f"# {title}\n\n{_clip(body)}")
    res = await client.chat.complete_async(
        model=get_settings().summary_model,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.2,
        max_tokens=400,
    )
    return (res.choices[0].message.content or "").strip()


async def summarize_tracked(title: str, body: str, tenant_id: str | None = None) -> str:
    """New path; the mutation should move to this once product signs off on model routing."""
    prompt = SUMMARY_PROMPT.format(sentences=3, body=f"# {title}\n\n{_clip(body)}")
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="summarize",
        complexity=TaskComplexity.SIMPLE,
        tenant_id=tenant_id,
    )


async def stream_summary(client: Mistral, body: str):
    response = await client.chat.stream_async(
        model=get_settings().summary_model,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(sentences=5, body=_clip(body))}],
    )
    async for event in response:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


def summarize_sync(title: str, body: str) -> str:
    """Legacy helper used by the REST module and the backfill script."""
    client = Mistral(api_key=get_settings().mistral_api_key)
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": "You write concise summaries."},
            {"role": "user", "content": SUMMARY_PROMPT.format(sentences=3, body=f"# {title}\n\n{_clip(body)}")},
        ],
    )
    return res.choices[0].message.content
