"""Backend registry for the ``ask`` family of commands.

``ask@claude why is ...`` picks the backend by name.  Each backend takes the
skill's ClientBundle, the model name and an OpenAI-style message list and
returns plain text.
"""
import logging

import litellm

from .bedrock import converse

_LOGGER = logging.getLogger(__name__)

BACKENDS = {}


def backend(name):
    def deco(fn):
        BACKENDS[name] = fn
        return fn

    return deco


def _split_system(messages):
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


@backend("gpt")
async def openai_backend(bundle, model, messages):
    response = await bundle.openai.chat.completions.create(
        model=model or "gpt-4o-mini",
        messages=messages,
        temperature=0.2,
    )
    return response.choices[0].message.content


@backend("claude")
async def anthropic_backend(bundle, model, messages):
    system, rest = _split_system(messages)
    response = await bundle.anthropic.messages.create(
        model=model or "claude-3-5-haiku-latest",
        max_tokens=1024,
        system=system,
        messages=rest,
    )
    return "".join(block.text for block in response.content if block.type == "text")


@backend("bedrock")
async def bedrock_backend(bundle, model, messages):
    system, rest = _split_system(messages)
    prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in rest)
    return await converse(bundle.bedrock, prompt, system=system or None)


@backend("any")
async def litellm_backend(bundle, model, messages):
    # litellm picks keys up from the environment
    response = await litellm.acompletion(model=model or "gpt-4o-mini", messages=messages)
    return response.choices[0].message.content


def get_backend(name):
    try:
        return BACKENDS[name]
    except KeyError:
        raise KeyError(f"unknown backend '{name}', try one of {sorted(BACKENDS)}") from None
