"""%explain / %%explain / %%review: ask a model about a piece of code."""
from __future__ import annotations

import textwrap

import anthropic

EXPLAIN_SYSTEM = (
    "You explain Python code from Jupyter notebooks to data scientists. "
    "Start with a one sentence summary, then walk through the code step by step. "
    "Point out bugs or surprising behaviour."
)

REVIEW_SYSTEM = (
    "You are a strict code reviewer. List concrete problems as bullet points, "
    "most important first, each with a suggested fix. Do not praise."
)

EXPLAIN_MODEL = "claude-3-5-sonnet-20241022"


def _fence(code: str, lang: str = "python") -> str:
    return f"```{lang}\n{textwrap.dedent(code).strip()}\n```"


def explain_code(client: anthropic.Anthropic, code: str, question: str | None = None) -> str:
    prompt = _fence(code)
    if question:
        prompt += f"\n\nSpecific question: {question}"
    message = client.messages.create(
        model=EXPLAIN_MODEL,
        max_tokens=1500,
        system=EXPLAIN_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(b.text for b in message.content if b.type == "text")


async def review_code(client: anthropic.AsyncAnthropic, code: str, filename: str = "cell") -> str:
    message = await client.messages.create(
        model=EXPLAIN_MODEL,
        max_tokens=2000,
        system=REVIEW_SYSTEM,
        messages=[
            {"role": "user", "content": f"Review `{filename}`:\n\n{_fence(code)}"},
        ],
    )
    return message.content[0].text


def explain_with_backend(backend, code: str) -> str:
    """Provider-agnostic variant used when the current provider is not Anthropic."""
    result = backend.chat([{"role": "user", "content": _fence(code)}], system=EXPLAIN_SYSTEM)
    return result.text
