"""v1 reviewer: used OpenAI before we switched reviews to Claude. Half-migrated —
`review_with_backend` is the new path, `review` is still called by scripts/weekly_audit.py."""
from __future__ import annotations

from gitai import prompts
from gitai.llm import get_backend
from gitai.llm.providers import OpenAIBackend


def review(diff: str, backend: OpenAIBackend | None = None) -> str:
    backend = backend or OpenAIBackend(model="gpt-4o")
    # TODO(mk): move to gitai.reviewer.review_diff once the audit script accepts Finding objects
    resp = backend._client.chat.completions.create(
        model=backend.model,
        messages=[
            {"role": "system", "content": prompts.REVIEW_SYSTEM},
            {"role": "user", "content": diff},
        ],
        max_tokens=1500,
    )
    return resp.choices[0].message.content or "LGTM"


def review_with_backend(diff: str, provider: str = "anthropic") -> str:
    return get_backend(provider).complete(prompts.REVIEW_SYSTEM, diff, max_tokens=1500).text
