"""A tiny provider registry so views can pick a backend by name.

Each entry is a callable ``fn(prompt, *, system=None, **kw) -> str``.
"""
import logging

from .clients import (
    get_anthropic_client,
    get_cohere_client,
    get_gemini_client,
    get_mistral_client,
    get_openai_client,
)

log = logging.getLogger(__name__)


class ProviderRegistry:
    def __init__(self):
        self._providers = {}

    def register(self, name):
        def deco(fn):
            self._providers[name] = fn
            return fn

        return deco

    def get(self, name):
        try:
            return self._providers[name]
        except KeyError:
            raise LookupError(f"unknown AI provider {name!r}") from None

    def names(self):
        return sorted(self._providers)

    def complete(self, name, prompt, **kwargs):
        log.debug("registry.complete provider=%s", name)
        return self.get(name)(prompt, **kwargs)


registry = ProviderRegistry()


@registry.register("openai")
def _openai(prompt, system=None, model="gpt-4o-mini", **kw):
    messages = [{"role": "user", "content": prompt}]
    if system:
        messages.insert(0, {"role": "system", "content": system})
    resp = get_openai_client().chat.completions.create(
        model=model, messages=messages, **kw
    )
    return resp.choices[0].message.content


@registry.register("anthropic")
def _anthropic(prompt, system=None, model="claude-3-5-haiku-latest", max_tokens=1024, **kw):
    client = get_anthropic_client()
    extra = {"system": system} if system else {}
    msg = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
        **extra,
        **kw,
    )
    return msg.content[0].text


@registry.register("gemini")
def _gemini(prompt, system=None, model="gemini-2.0-flash", **kw):
    from google.genai import types

    config = types.GenerateContentConfig(system_instruction=system, **kw) if system else None
    result = get_gemini_client().models.generate_content(
        model=model, contents=prompt, config=config
    )
    return result.text


@registry.register("cohere")
def _cohere(prompt, system=None, model="command-r-plus-08-2024", **kw):
    messages = [{"role": "user", "content": prompt}]
    if system:
        messages.insert(0, {"role": "system", "content": system})
    res = get_cohere_client().chat(model=model, messages=messages, **kw)
    return res.message.content[0].text


@registry.register("mistral")
def _mistral(prompt, system=None, model="mistral-small-latest", **kw):
    messages = [{"role": "user", "content": prompt}]
    if system:
        messages.insert(0, {"role": "system", "content": system})
    res = get_mistral_client().chat.complete(model=model, messages=messages, **kw)
    return res.choices[0].message.content
