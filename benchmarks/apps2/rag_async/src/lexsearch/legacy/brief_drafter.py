"""Drafts a first-pass brief from an outline request.

Synchronous by design: it runs inside the Word add-in's worker threads.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import litellm
import requests
from huggingface_hub import InferenceClient

from lexsearch.legacy.compat import (
    ANTHROPIC_MESSAGES_URL,
    LEGACY_EMBEDDING_MODEL,
    LEGACY_MODEL,
    anthropic_headers,
    completion,
)
from lexsearch.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

_hf = InferenceClient(
    model="meta-llama/Llama-3.3-70B-Instruct", token=os.environ.get("HF_TOKEN"), timeout=60
)

SECTION_SYSTEM = (
    "You draft sections of U.S. litigation briefs. Use formal register, short paragraphs, "
    "and cite only the authorities provided."
)


@dataclass
class BriefDraft:
    title: str
    outline: list[str]
    sections: dict[str, str] = field(default_factory=dict)
    counterarguments: str = ""
    client_summary: str = ""
    section_vectors: list[list[float]] = field(default_factory=list)


def outline_brief(issue: str, authorities: list[str], tenant_id: str) -> list[str]:
    prompt = (
        f"Issue: {issue}\nAuthorities:\n" + "\n".join(authorities)
        + "\n\nReturn a brief outline: one section heading per line."
    )
    with llm_tracker.track_llm_call(feature="brief_outline", tenant_id=tenant_id) as usage_log:
        response = litellm.completion(
            model=LEGACY_MODEL,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=400,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    text = response.choices[0].message.content or ""
    return [line.strip("#-* ").strip() for line in text.splitlines() if line.strip()]


def draft_section(heading: str, issue: str, authorities: list[str]) -> str:
    response = completion(
        messages=[
            {"role": "system", "content": SECTION_SYSTEM},
            {
                "role": "user",
                "content": f"Section: {heading}\nIssue: {issue}\nAuthorities:\n"
                + "\n".join(authorities),
            },
        ],
        max_tokens=1200,
    )
    return response.choices[0].message.content or ""


def polish_section(text: str) -> str:
    response = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY', '')}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Tighten this legal prose without changing meaning."},
                {"role": "user", "content": text},
            ],
            "temperature": 0,
        },
        timeout=60,
    )
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]


def anticipate_counterarguments(issue: str, sections: dict[str, str]) -> str:
    body = "\n\n".join(f"## {h}\n{t}" for h, t in sections.items())
    response = requests.post(
        ANTHROPIC_MESSAGES_URL,
        headers=anthropic_headers(),
        json={
            "model": "claude-sonnet-4-5",
            "max_tokens": 1000,
            "messages": [
                {
                    "role": "user",
                    "content": f"As opposing counsel, list the strongest responses to this "
                    f"brief on the issue '{issue}':\n\n{body}",
                }
            ],
        },
        timeout=90,
    )
    response.raise_for_status()
    return "".join(block.get("text", "") for block in response.json().get("content", []))


def plain_language_summary(sections: dict[str, str]) -> str:
    joined = "\n\n".join(sections.values())[:12000]
    output = _hf.chat_completion(
        messages=[
            {
                "role": "user",
                "content": "Explain this brief to the client in plain English, in under "
                "200 words:\n\n" + joined,
            }
        ],
        max_tokens=350,
    )
    return output.choices[0].message.content or ""


def embed_sections(sections: dict[str, str]) -> list[list[float]]:
    texts = list(sections.values())
    batches = [texts[i : i + 16] for i in range(0, len(texts), 16)]
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = [
            executor.submit(litellm.embedding, model=LEGACY_EMBEDDING_MODEL, input=batch)
            for batch in batches
        ]
        results = [future.result() for future in futures]
    return [row["embedding"] for result in results for row in result.data]


def draft_brief(
    title: str, issue: str, authorities: list[str], tenant_id: str, polish: bool = True
) -> BriefDraft:
    outline = outline_brief(issue, authorities, tenant_id)
    draft = BriefDraft(title=title, outline=outline)
    for heading in outline:
        try:
            text = draft_section(heading, issue, authorities)
            draft.sections[heading] = polish_section(text) if polish else text
        except (requests.RequestException, litellm.exceptions.APIError):
            logger.exception("failed to draft section %r", heading)
    draft.counterarguments = anticipate_counterarguments(issue, draft.sections)
    draft.client_summary = plain_language_summary(draft.sections)
    draft.section_vectors = embed_sections(draft.sections)
    return draft
