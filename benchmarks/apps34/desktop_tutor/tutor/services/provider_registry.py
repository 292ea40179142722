"""Maps a provider name to a "complete(prompt) -> str" function.

Used by the "Ask the tutor anything" box, where the user can pick the
provider in settings. Added in 0.7; the plan was to replace this with
multi_model_service (see TODO in screens/ask_screen.py).
"""
import functools

from tutor.services.clients import (
    get_anthropic_client,
    get_ollama_client,
    get_openai_client,
    make_groq_client,
)


def _openai_complete(prompt, model="gpt-4o-mini"):
    resp = get_openai_client().chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return resp.choices[0].message.content


def _anthropic_complete(prompt, model="claude-3-5-haiku-20241022"):
    msg = get_anthropic_client().messages.create(
        model=model, max_tokens=600, messages=[{"role": "user", "content": prompt}]
    )
    return msg.content[0].text


def _groq_complete(prompt, model="llama-3.3-70b-versatile"):
    resp = make_groq_client().chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return resp.choices[0].message.content


def _ollama_complete(prompt, model="llama3.2:3b"):
    return get_ollama_client().generate(model=model, prompt=prompt)["response"]


PROVIDERS = {
    "openai": _openai_complete,
    "anthropic": _anthropic_complete,
    "groq": _groq_complete,
    "ollama": _ollama_complete,
}


def completer_for(provider, **kwargs):
    fn = PROVIDERS.get(provider, _openai_complete)
    return functools.partial(fn, **kwargs) if kwargs else fn


def provider_names():
    return sorted(PROVIDERS)
