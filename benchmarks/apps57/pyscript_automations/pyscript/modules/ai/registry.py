"""Provider registry: one plain-text completion function per provider.

``complete(provider, prompt)`` is what most apps use when they just need text back.
Functions are blocking; call them with task.executor from pyscript.
"""
import logging

from ai.clients import DEFAULT_MODELS, get_anthropic, get_genai, get_groq, get_ollama, get_openai
from ai.prompts import HOUSE_SYSTEM

_LOGGER = logging.getLogger(__name__)


def _openai_chat(prompt, system=HOUSE_SYSTEM, model=None, max_tokens=300):
    resp = get_openai().chat.completions.create(
        model=model or DEFAULT_MODELS["openai"],
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=0.4,
    )
    return resp.choices[0].message.content.strip()


def _anthropic_chat(prompt, system=HOUSE_SYSTEM, model=None, max_tokens=300):
    client = get_anthropic()
    msg = client.messages.create(
        model=model or DEFAULT_MODELS["anthropic"],
        max_tokens=max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text").strip()


def _gemini_chat(prompt, system=HOUSE_SYSTEM, model=None, max_tokens=300):
    from google.genai import types

    resp = get_genai().models.generate_content(
        model=model or DEFAULT_MODELS["google"],
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
    )
    return (resp.text or "").strip()


def _groq_chat(prompt, system=HOUSE_SYSTEM, model=None, max_tokens=300):
    chat = get_groq().chat
    resp = chat.completions.create(
        model=model or DEFAULT_MODELS["groq"],
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content.strip()


def _ollama_chat(prompt, system=HOUSE_SYSTEM, model=None, max_tokens=300):
    resp = get_ollama().chat(
        model=model or DEFAULT_MODELS["ollama"],
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        options={"num_predict": max_tokens},
    )
    return resp["message"]["content"].strip()


PROVIDERS = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "google": _gemini_chat,
    "groq": _groq_chat,
    "ollama": _ollama_chat,
}

FALLBACK_ORDER = ["groq", "openai", "ollama"]


def complete(provider, prompt, **kwargs):
    """Run ``prompt`` on ``provider``; on failure walk FALLBACK_ORDER."""
    order = [provider] + [p for p in FALLBACK_ORDER if p != provider]
    last_exc = None
    for name in order:
        fn = PROVIDERS.get(name)
        if fn is None:
            continue
        try:
            return fn(prompt, **kwargs)
        except Exception as exc:  # noqa: BLE001 - any provider error means try the next one
            _LOGGER.warning("provider %s failed: %s", name, exc)
            last_exc = exc
    raise RuntimeError(f"all providers failed for prompt of {len(prompt)} chars") from last_exc
