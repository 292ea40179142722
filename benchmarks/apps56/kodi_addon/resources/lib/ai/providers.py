# -*- coding: utf-8 -*-
"""Provider switch: one `complete()` for every backend the user can pick in settings."""
from resources.lib import kodiutils
from resources.lib.ai import http_backend
from resources.lib.ai.clients import (
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    model_for,
)


class Completion(object):
    def __init__(self, text, provider, model, input_tokens=0, output_tokens=0):
        self.text = text
        self.provider = provider
        self.model = model
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens

    def __str__(self):
        return self.text


def _openai(system, user, model, max_tokens, temperature):
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return Completion(
        resp.choices[0].message.content, "openai", model,
        resp.usage.prompt_tokens, resp.usage.completion_tokens,
    )


def _anthropic(system, user, model, max_tokens, temperature):
    msg = get_anthropic_client().messages.create(
        model=model,
        system=system,
        messages=[{"role": "user", "content": user}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(text, "anthropic", model, msg.usage.input_tokens, msg.usage.output_tokens)


def _google(system, user, model, max_tokens, temperature):
    from google.genai import types

    client = get_genai_client()
    resp = client.models.generate_content(
        model=model,
        contents=user,
        config=types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=temperature,
        ),
    )
    meta = resp.usage_metadata
    return Completion(resp.text, "google", model, meta.prompt_token_count, meta.candidates_token_count)


def _mistral(system, user, model, max_tokens, temperature):
    try:
        client = get_mistral_client()
    except ImportError:
        # LibreELEC: no mistralai wheel, fall back to plain HTTP
        text, usage = http_backend.mistral_chat_raw(
            [{"role": "system", "content": system}, {"role": "user", "content": user}],
            model=model, max_tokens=max_tokens,
        )
        return Completion(text, "mistral", model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
    resp = client.chat.complete(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return Completion(
        resp.choices[0].message.content, "mistral", model,
        resp.usage.prompt_tokens, resp.usage.completion_tokens,
    )


def _ollama(system, user, model, max_tokens, temperature):
    text = http_backend.ollama_chat(
        [{"role": "system", "content": system}, {"role": "user", "content": user}],
        model=model, temperature=temperature,
    )
    return Completion(text, "ollama", model)


BACKENDS = {
    "openai": _openai,
    "anthropic": _anthropic,
    "google": _google,
    "mistral": _mistral,
    "ollama": _ollama,
}


def current_provider():
    return kodiutils.get_setting("provider", "openai")


def complete(system, user, provider=None, max_tokens=600, temperature=0.4):
    provider = provider or current_provider()
    backend = BACKENDS.get(provider)
    if backend is None:
        raise ValueError("unknown provider {!r}".format(provider))
    model = model_for(provider)
    kodiutils.log("complete() via {} / {}".format(provider, model))
    return backend(system, user, model, max_tokens, temperature)
