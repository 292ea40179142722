"""Rendered-config review. The client is injected so the script can pick Azure or OpenRouter."""
from __future__ import annotations

import dataclasses

from ..constants import SYSTEM_PROMPT_CONFIG_REVIEW
from ..llm.tokens import count_openai_tokens, truncate_to_budget


@dataclasses.dataclass
class ReviewResult:
    findings: str
    model: str
    prompt_tokens: int
    completion_tokens: int


def review_config(client, model: str, config_text: str, platform: str = "") -> ReviewResult:
    if count_openai_tokens(config_text) > 20_000:
        config_text = truncate_to_budget(config_text, 20_000)
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT_CONFIG_REVIEW},
            {"role": "user", "content": f"Platform: {platform or 'unknown'}\n\n```\n{config_text}\n```"},
        ],
        temperature=0,
    )
    return ReviewResult(
        findings=resp.choices[0].message.content,
        model=resp.model,
        prompt_tokens=resp.usage.prompt_tokens,
        completion_tokens=resp.usage.completion_tokens,
    )


def stream_review(client, model: str, config_text: str):
    stream = client.chat.completions.create(
        model=model,
        stream=True,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT_CONFIG_REVIEW},
            {"role": "user", "content": config_text},
        ],
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
