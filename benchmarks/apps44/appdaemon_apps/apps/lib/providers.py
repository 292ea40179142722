"""Provider registry (WIP refactor, see #41).

Goal: replace LLMHub._backends with this table so scripts and apps share one dispatch.
Only the scripts and agenda_announcer use it so far.
"""
from . import prompts


def _openai_like(client, model, text, system, max_tokens):
    resp = client.chat.completions.create(
        model=model,
        messages=prompts.chat_messages(text, system=system),
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


def _anthropic(client, model, text, system, max_tokens):
    resp = client.messages.create(model=model, system=system, max_tokens=max_tokens,
                                  messages=prompts.anthropic_messages(text))
    return resp.content[0].text


def _gemini(client, model, text, system, max_tokens):
    resp = client.models.generate_content(
        model=model, contents=text,
        config={"system_instruction": system, "max_output_tokens": max_tokens},
    )
    return resp.text


def _ollama(client, model, text, system, max_tokens):
    resp = client.generate(model=model, prompt=text, system=system, options={"num_predict": max_tokens})
    return resp["response"]


PROVIDERS = {
    "openai": _openai_like,
    "groq": _openai_like,
    "anthropic": _anthropic,
    "gemini": _gemini,
    "ollama": _ollama,
}


def complete(provider, client, model, text, system=prompts.SYSTEM_HOUSE, max_tokens=300):
    try:
        fn = PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}") from None
    return fn(client, model, text, system, max_tokens)
