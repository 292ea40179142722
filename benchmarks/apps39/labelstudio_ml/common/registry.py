"""Provider registry used by the interactive backend.

Each entry is a callable ``(prompt, system, max_tokens) -> str``.
"""
import json
import logging
from typing import Callable, Dict

from common.clients import get_anthropic_client, get_bedrock_runtime, get_genai_client, get_hf_client, get_openai_client
from common.settings import settings

logger = logging.getLogger(__name__)

Generator = Callable[[str, str, int], str]
PROVIDERS: Dict[str, Generator] = {}


def register(name: str):
    def deco(fn: Generator) -> Generator:
        PROVIDERS[name] = fn
        return fn

    return deco


@register("openai")
def _openai(prompt: str, system: str, max_tokens: int) -> str:
    resp = get_openai_client().chat.completions.create(
        model=settings.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=settings.temperature,
    )
    return resp.choices[0].message.content or ""


@register("anthropic")
def _anthropic(prompt: str, system: str, max_tokens: int) -> str:
    msg = get_anthropic_client().messages.create(
        model=settings.anthropic_model,
        system=system,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


@register("bedrock")
def _bedrock(prompt: str, system: str, max_tokens: int) -> str:
    out = get_bedrock_runtime().converse(
        modelId=settings.bedrock_model_id,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": settings.temperature},
    )
    return out["output"]["message"]["content"][0]["text"]


@register("vertex")
def _vertex(prompt: str, system: str, max_tokens: int) -> str:
    from google.genai import types

    resp = get_genai_client().models.generate_content(
        model=settings.gemini_model,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
    )
    return resp.text or ""


@register("huggingface")
def _hf(prompt: str, system: str, max_tokens: int) -> str:
    out = get_hf_client().chat_completion(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    return out.choices[0].message.content


def get_generator(name: str) -> Generator:
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {sorted(PROVIDERS)}") from None


def describe() -> str:
    return json.dumps(sorted(PROVIDERS))
