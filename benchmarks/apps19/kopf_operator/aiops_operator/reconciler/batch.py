"""Inline batch mode for PromptJobs (<= INLINE_LIMIT prompts).

Written by the data team before the router existed; goes straight to litellm
with provider-prefixed model names (e.g. "bedrock/anthropic.claude-3-haiku...").
"""
from __future__ import annotations

import concurrent.futures
import logging

import litellm

logger = logging.getLogger(__name__)

MAX_WORKERS = 8


def run_parallel(model: str, prompts: list[str], system: str | None = None, timeout: float = 120) -> list[str]:
    def _messages(prompt: str) -> list[dict]:
        msgs = [{"role": "system", "content": system}] if system else []
        msgs.append({"role": "user", "content": prompt})
        return msgs

    results: list[str] = [""] * len(prompts)
    with concurrent.futures.ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        futures = {
            pool.submit(litellm.completion, model=model, messages=_messages(p), timeout=timeout): i
            for i, p in enumerate(prompts)
        }
        for fut in concurrent.futures.as_completed(futures):
            idx = futures[fut]
            try:
                resp = fut.result()
                results[idx] = resp.choices[0].message.content or ""
            except Exception as exc:  # keep going, record the failure inline
                logger.warning("prompt %d failed: %s", idx, exc)
                results[idx] = f"<error: {exc}>"
    return results


def run_batched(model: str, prompts: list[str], max_tokens: int = 512) -> list[str]:
    """Same thing via litellm.batch_completion; used when spec.batch.strategy == 'litellm'."""
    responses = litellm.batch_completion(
        model=model,
        messages=[[{"role": "user", "content": p}] for p in prompts],
        max_tokens=max_tokens,
    )
    out = []
    for resp in responses:
        if isinstance(resp, Exception):
            out.append(f"<error: {resp}>")
        else:
            out.append(resp.choices[0].message.content or "")
    return out
