"""Automatic tagging.

Half-way through moving to ``multi_model_service``: ``suggest_tags`` is
migrated, ``suggest_tags_legacy`` is still used by the nightly job.
"""
from __future__ import annotations

import json
import logging
import re

import litellm
from litellm import completion

from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

TAG_RE = re.compile(r"^[a-z0-9][a-z0-9\-]{1,30}$")

TAG_PROMPT = """Suggest up to {n} short lowercase tags (kebab-case) for this article.
Return a JSON array of strings only.

Title: {title}

{body}
"""


def _parse_tags(raw: str, n: int) -> list[str]:
    raw = raw.strip()
    if raw.startswith("```"):
        raw = raw.strip("`").split("\n", 1)[-1]
    try:
        tags = json.loads(raw)
    except json.JSONDecodeError:
        tags = [t.strip(" -*\"'") for t in raw.replace(",", "\n").splitlines()]
    clean = [t.lower() for t in tags if isinstance(t, str) and TAG_RE.match(t.lower())]
    return list(dict.fromkeys(clean))[:n]


async def suggest_tags(title: str, body: str, n: int = 5) -> list[str]:
    text = await multi_model_service.generate_response(
        prompt=TAG_PROMPT.format(n=n, title=title, body=body[:6000]),
        task_type="auto_tagging",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=120,
    )
    return _parse_tags(text, n)


def suggest_tags_legacy(title: str, body: str, n: int = 5, model: str = "gpt-4o-mini") -> list[str]:
    # TODO(migration): switch to suggest_tags once the job runner is async
    response = completion(
        model=model,
        messages=[{"role": "user", "content": TAG_PROMPT.format(n=n, title=title, body=body[:6000])}],
        temperature=0,
    )
    return _parse_tags(response.choices[0].message.content or "", n)


async def classify_space(title: str, body: str, spaces: list[str]) -> str | None:
    model = "gpt-4o-mini"
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="classify_space"
    ) as usage_log:
        response = await litellm.acompletion(
            model=model,
            messages=[
                {"role": "system", "content": "Answer with exactly one of: " + ", ".join(spaces)},
                {"role": "user", "content": f"{title}\n\n{body[:4000]}"},
            ],
            max_tokens=10,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    answer = (response.choices[0].message.content or "").strip().lower()
    return answer if answer in spaces else None


def estimate_tagging_cost(title: str, body: str, model: str = "gpt-4o-mini") -> float:
    prompt = TAG_PROMPT.format(n=5, title=title, body=body[:6000])
    tokens = litellm.token_counter(model=model, text=prompt)
    prompt_cost, _ = litellm.cost_per_token(model=model, prompt_tokens=tokens, completion_tokens=40)
    return prompt_cost
