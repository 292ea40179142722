"""Stable library API for other teams.

    from kestrel import api
    vecs = api.embed_texts(["hello", "world"])

Keep signatures backwards compatible; this module is imported by the release-bot and the
incident tooling.
"""
from __future__ import annotations

import asyncio
import logging
from typing import List, Optional, Sequence

import litellm
import replicate

from kestrel.config import get_settings
from kestrel.providers.clients import hf_async_client, hf_client, xai_client
from kestrel.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

ISSUE_LABELS = ("bug", "feature", "question", "docs", "infra")

__all__ = ["summarize_text", "summarize_text_async", "embed_texts", "classify_issue",
           "caption_image", "grok_token_count"]


async def summarize_text_async(text: str, *, max_words: int = 120, team: str = "unknown") -> str:
    """Summarise *text*. Usage is attributed to *team* in the cost dashboard."""
    model = get_settings().providers.litellm_model
    async with llm_tracker.track_llm_call(provider="together", model=model,
                                          feature_context=f"api.summarize:{team}") as usage_log:
        resp = await litellm.acompletion(
            model=model,
            messages=[
                {"role": "system", "content": f"Summarise in at most {max_words} words."},
                {"role": "user", "content": text},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content.strip()


def summarize_text(text: str, *, max_words: int = 120, team: str = "unknown") -> str:
    return asyncio.run(summarize_text_async(text, max_words=max_words, team=team))


def embed_texts(texts: Sequence[str], model: Optional[str] = None) -> List[List[float]]:
    """Sentence embeddings via the HF inference router (one request per text)."""
    client = hf_client()
    model = model or "sentence-transformers/all-MiniLM-L6-v2"
    return [client.feature_extraction(t, model=model).tolist() for t in texts]


async def classify_issue(title: str, body: str) -> str:
    """Return one of ISSUE_LABELS for a GitHub issue."""
    client = hf_async_client()
    prompt = (
        f"Classify this issue as exactly one of {', '.join(ISSUE_LABELS)}. "
        f"Answer with the label only.\n\nTitle: {title}\n\n{body[:4000]}"
    )
    resp = await client.chat.completions.create(
        model=get_settings().providers.hf_model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=5,
        temperature=0,
    )
    label = (resp.choices[0].message.content or "").strip().lower()
    return label if label in ISSUE_LABELS else "question"


async def caption_image(image_url: str) -> str:
    """Alt text for docs images (LLaVA on Replicate)."""
    output = await replicate.async_run(
        "yorickvp/llava-13b",
        input={"image": image_url, "prompt": "Write concise alt text for this image.", "max_tokens": 80},
    )
    return "".join(output).strip()


def grok_token_count(text: str, model: Optional[str] = None) -> int:
    tokens = xai_client().tokenize.tokenize_text(text, model=model or get_settings().providers.xai_model)
    return len(tokens)
