"""Provider registry.

Maps a provider name ("openai", "anthropic", ...) to a chat function with a
common signature, so features can be switched between vendors from the admin
panel without touching the feature code.
"""
import logging

import litellm
from google.genai import types as genai_types

from . import clients

log = logging.getLogger(__name__)

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "gemini": "gemini-2.0-flash",
    "cohere": "command-r-plus-08-2024",
    "litellm": "gpt-4o-mini",
}

CLIENT_FACTORIES = {
    "openai": clients.get_openai_client,
    "anthropic": clients.get_anthropic_client,
    "gemini": clients.get_gemini_client,
    "cohere": clients.get_cohere_client,
}


def client_for(provider):
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise ValueError(f"No client factory for provider {provider!r}")
    return factory()


def _split_system(messages):
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


def _openai_chat(messages, model, temperature=0.2, max_tokens=800):
    client = clients.get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


def _anthropic_chat(messages, model, temperature=0.2, max_tokens=800):
    system, rest = _split_system(messages)
    resp = clients.get_anthropic_client().messages.create(
        model=model,
        system=system or anthropic_default_system(),
        messages=rest,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return "".join(block.text for block in resp.content if block.type == "text")


def anthropic_default_system():
    return "You are a helpful assistant for a customer support team."


def _gemini_chat(messages, model, temperature=0.2, max_tokens=800):
    system, rest = _split_system(messages)
    contents = [
        genai_types.Content(
            role="model" if m["role"] == "assistant" else "user",
            parts=[genai_types.Part(text=m["content"])],
        )
        for m in rest
    ]
    gemini = clients.get_gemini_client()
    resp = gemini.models.generate_content(
        model=model,
        contents=contents,
        config=genai_types.GenerateContentConfig(
            system_instruction=system or None,
            temperature=temperature,
            max_output_tokens=max_tokens,
        ),
    )
    return resp.text


def _cohere_chat(messages, model, temperature=0.2, max_tokens=800):
    co = clients.get_cohere_client()
    resp = co.chat(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.message.content[0].text


def _litellm_chat(messages, model, temperature=0.2, max_tokens=800):
    clients.configure_litellm()
    resp = litellm.completion(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


PROVIDERS = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "gemini": _gemini_chat,
    "cohere": _cohere_chat,
    "litellm": _litellm_chat,
}


def chat(provider, messages, model=None, **kwargs):
    """Run a chat turn against whichever provider the feature is configured for."""
    fn = PROVIDERS.get(provider)
    if fn is None:
        raise ValueError(f"Unknown provider {provider!r}")
    model = model or DEFAULT_MODELS[provider]
    log.info("registry.chat provider=%s model=%s", provider, model)
    return fn(messages, model, **kwargs)
