"""Backend registry: a uniform `complete(prompt)` over each provider.

Used by the labelling and synthetic-data tasks so the provider can be picked
from a workflow input.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Optional

from google.genai import types as genai_types

from labelling_flows import config
from labelling_flows.llm.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_fireworks_client,
    get_genai_client,
    get_openai_client,
    get_together_client,
)


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def _openai_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.DEFAULT_LABEL_MODEL
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=messages,
        temperature=0,
    )
    return Completion(
        text=resp.choices[0].message.content or "",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
    )


def _anthropic_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.CLAUDE_FAST_MODEL
    client = get_anthropic_client()
    kwargs = {"system": system} if system else {}
    msg = client.messages.create(
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
        **kwargs,
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(text, model, msg.usage.input_tokens, msg.usage.output_tokens)


def _together_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.TOGETHER_CHAT_MODEL
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    client = get_together_client()
    resp = client.chat.completions.create(model=model, messages=messages, max_tokens=512)
    return Completion(resp.choices[0].message.content, model, resp.usage.prompt_tokens, resp.usage.completion_tokens)


def _fireworks_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.FIREWORKS_MODEL
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    fw = get_fireworks_client()
    resp = fw.chat.completions.create(model=model, messages=messages, max_tokens=512, temperature=0.2)
    return Completion(resp.choices[0].message.content or "", model, resp.usage.prompt_tokens, resp.usage.completion_tokens)


def _cohere_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.COHERE_CHAT_MODEL
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    resp = get_cohere_client().chat(model=model, messages=messages)
    billed = resp.usage.billed_units
    return Completion(
        text=resp.message.content[0].text,
        model=model,
        input_tokens=int(billed.input_tokens or 0),
        output_tokens=int(billed.output_tokens or 0),
    )


def _gemini_complete(prompt: str, system: Optional[str], model: Optional[str]) -> Completion:
    model = model or config.GEMINI_MODEL
    client = get_genai_client()
    resp = client.models.generate_content(
        model=model,
        contents=prompt,
        config=genai_types.GenerateContentConfig(system_instruction=system, temperature=0),
    )
    usage = resp.usage_metadata
    return Completion(resp.text or "", model, usage.prompt_token_count, usage.candidates_token_count)


BACKENDS: Dict[str, Callable[[str, Optional[str], Optional[str]], Completion]] = {
    "openai": _openai_complete,
    "anthropic": _anthropic_complete,
    "together": _together_complete,
    "fireworks": _fireworks_complete,
    "cohere": _cohere_complete,
    "gemini": _gemini_complete,
}


def complete(backend: str, prompt: str, system: Optional[str] = None, model: Optional[str] = None) -> Completion:
    try:
        fn = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown backend {backend!r}; choose one of {sorted(BACKENDS)}") from None
    return fn(prompt, system, model)
