"""Pluggable text backends for the "rewrite" feature.

Half of the migration to multi_model_service: the "tracked" backend is the
target; the others remain until product signs off on quality (CRM-530).
"""
import asyncio
from typing import Callable, Dict

from masonite.configuration import config

from app.services.ai import get_anthropic, get_deepseek, get_mistral, get_openai
from app.services.multi_model_service import TaskComplexity, multi_model_service


def _openai_backend(prompt: str) -> str:
    r = get_openai().chat.completions.create(
        model=config("ai.openai.draft_model"),
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def _claude_backend(prompt: str) -> str:
    r = get_anthropic().messages.create(
        model=config("ai.anthropic.fast_model"),
        max_tokens=800,
        messages=[{"role": "user", "content": prompt}],
    )
    return r.content[0].text


def _mistral_backend(prompt: str) -> str:
    r = get_mistral().chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def _deepseek_backend(prompt: str) -> str:
    client = get_deepseek()
    r = client.chat.completions.create(
        model=config("ai.deepseek.model"),
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def _tracked_backend(prompt: str) -> str:
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt, task_type="email_rewrite", complexity=TaskComplexity.SIMPLE
        )
    )


BACKENDS: Dict[str, Callable[[str], str]] = {
    "openai": _openai_backend,
    "claude": _claude_backend,
    "mistral": _mistral_backend,
    "deepseek": _deepseek_backend,
    "tracked": _tracked_backend,
}


def rewrite(prompt: str, backend: str = None) -> str:
    name = backend or config("ai.rewrite_backend", "tracked")
    try:
        fn = BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown rewrite backend {name!r}; choose from {sorted(BACKENDS)}")
    return fn(prompt)
