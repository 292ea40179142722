"""Legacy summarizer from the 0.3 era (module-level OpenAI config).

Still used by the ``mkdocs-ai-docs legacy-summarize`` CLI command and by sites
that set ``legacy_mode: true`` in their extra config. Do not extend.
"""

from __future__ import annotations

import os
import warnings

import httpx
import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"

warnings.warn(
    "mkdocs_ai_docs.legacy.gpt_summarizer is deprecated; use the ai-docs plugin options",
    DeprecationWarning,
    stacklevel=2,
)


def summarize(text: str, model: str = "gpt-3.5-turbo", words: int = 50) -> str:
    response = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You summarize documentation."},
            {"role": "user", "content": f"Summarize in {words} words:\n\n{text}"},
        ],
        temperature=0,
    )
    return response.choices[0].message.content.strip()


def summarize_with_claude(text: str, words: int = 50) -> str:
    """Added for a customer without OpenAI access; never migrated to the SDK."""
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 300,
            "messages": [{"role": "user", "content": f"Summarize in {words} words:\n\n{text}"}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip()


def social_card_image(title: str, out_path: str) -> str:
    """Generate a social card background. Users mostly switched to material's social plugin."""
    result = openai.images.generate(
        model="dall-e-3",
        prompt=f"Abstract, minimal background for a documentation page titled '{title}', no text",
        size="1792x1024",
        response_format="b64_json",
    )
    import base64

    with open(out_path, "wb") as fh:
        fh.write(base64.b64decode(result.data[0].b64_json))
    return out_path
