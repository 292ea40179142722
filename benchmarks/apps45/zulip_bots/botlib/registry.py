"""Provider registry: maps a provider name from the bot config to a callable.

Added so ops can flip a bot between providers from the config file
(``provider = anthropic`` in the ``[llm]`` section) without a deploy.
"""
from __future__ import annotations

from typing import Callable, Dict, List

from botlib.clients import ClientBundle
from botlib.prompts import bedrock_messages

Completer = Callable[[ClientBundle, str, str], str]


def _openai(bundle: ClientBundle, system: str, prompt: str) -> str:
    resp = bundle.openai.chat.completions.create(
        model=bundle.settings.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=bundle.settings.temperature,
        max_tokens=bundle.settings.max_tokens,
    )
    return resp.choices[0].message.content or ""


def _anthropic(bundle: ClientBundle, system: str, prompt: str) -> str:
    msg = bundle.anthropic.messages.create(
        model=bundle.settings.anthropic_model,
        system=system,
        max_tokens=bundle.settings.max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def _cohere(bundle: ClientBundle, system: str, prompt: str) -> str:
    resp = bundle.cohere.chat(
        model=bundle.settings.cohere_chat_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.message.content[0].text


def _bedrock(bundle: ClientBundle, system: str, prompt: str) -> str:
    resp = bundle.bedrock.converse(
        modelId=bundle.settings.bedrock_model,
        system=[{"text": system}],
        messages=bedrock_messages(prompt),
        inferenceConfig={"maxTokens": bundle.settings.max_tokens, "temperature": bundle.settings.temperature},
    )
    return resp["output"]["message"]["content"][0]["text"]


PROVIDERS: Dict[str, Completer] = {
    "openai": _openai,
    "anthropic": _anthropic,
    "cohere": _cohere,
    "bedrock": _bedrock,
}


def available() -> List[str]:
    return sorted(PROVIDERS)


def complete(provider: str, bundle: ClientBundle, system: str, prompt: str) -> str:
    try:
        fn = PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; expected one of {available()}") from None
    return fn(bundle, system, prompt)
