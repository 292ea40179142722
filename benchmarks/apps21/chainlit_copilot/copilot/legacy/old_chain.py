"""Legacy 'coverage explainer' chain from the Streamlit prototype (2023).

Still used by the /explain slash command until COP-377 moves it to multi_model_service.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import litellm
from litellm import completion

from copilot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

LEGACY_MODEL = "gpt-3.5-turbo"
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="legacy-chain")


def explain_coverage(coverage_name: str, policy_form: str) -> str:
    prompt = (
        f"Explain the '{coverage_name}' coverage on an {policy_form} policy form to an insurance agent. "
        "Mention common exclusions."
    )
    resp = completion(model=LEGACY_MODEL, messages=[{"role": "user", "content": prompt}], temperature=0.3)
    return resp["choices"][0]["message"]["content"]


def compare_coverages(coverages: list[str], policy_form: str) -> dict[str, str]:
    futures = {
        name: _pool.submit(
            litellm.completion,
            model=LEGACY_MODEL,
            messages=[{"role": "user", "content": f"One-paragraph summary of {name} on {policy_form}."}],
        )
        for name in coverages
    }
    return {name: f.result().choices[0].message.content for name, f in futures.items()}


async def explain_coverage_tracked(coverage_name: str, policy_form: str, session_id: str | None = None) -> str:
    """Half-migrated version: same call, wrapped in the tracker."""
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": f"Explain '{coverage_name}' on {policy_form}. Mention common exclusions."}
    ]
    async with llm_tracker.track_llm_call(
        provider="openai", model=LEGACY_MODEL, feature_context="legacy_explain", session_id=session_id
    ) as usage_log:
        response = await litellm.acompletion(model=LEGACY_MODEL, messages=messages, temperature=0.3)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


def glossary_embeddings(terms: list[str]) -> list[list[float]]:
    resp = litellm.embedding(model="text-embedding-ada-002", input=terms)
    return [d["embedding"] for d in resp.data]
