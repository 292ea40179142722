"""Provider-agnostic one-shot completion used by translate / classify jobs.

TODO(mk): fold this into services.multi_model_service once the tracker
supports per-tenant attribution; until then this path is untracked.
"""
from __future__ import annotations

from dataclasses import dataclass

from google.genai import types as genai_types

from .registry import registry


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def complete(provider: str, prompt: str, *, system: str | None = None,
             model: str | None = None, max_tokens: int = 1024,
             temperature: float = 0.2) -> Completion:
    spec = registry.spec(provider)
    client = registry.get(provider)
    model = model or spec.default_chat_model

    if spec.kind == "openai":
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = client.chat.completions.create(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider=provider,
            model=model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    if spec.kind == "anthropic":
        msg = client.messages.create(
            model=model,
            max_tokens=max_tokens,
            temperature=temperature,
            system=system or "",
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return Completion(text, provider, model, msg.usage.input_tokens, msg.usage.output_tokens)

    if spec.kind == "google":
        resp = client.models.generate_content(
            model=model,
            contents=prompt,
            config=genai_types.GenerateContentConfig(
                system_instruction=system,
                max_output_tokens=max_tokens,
                temperature=temperature,
            ),
        )
        meta = resp.usage_metadata
        return Completion(resp.text or "", provider, model,
                          meta.prompt_token_count or 0, meta.candidates_token_count or 0)

    raise ValueError(f"provider {provider!r} ({spec.kind}) cannot do chat completions")
