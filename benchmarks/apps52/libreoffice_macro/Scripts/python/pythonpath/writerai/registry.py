"""Name -> client getter registry used by the quick actions and the sidebar."""
import logging

from writerai import clients
from writerai.retry import with_retries

log = logging.getLogger("writerai.registry")

CLIENT_GETTERS = {
    "openai": clients.get_openai_client,
    "groq": clients.get_groq_client,
}

QUICK_MODELS = {
    "openai": "gpt-4o-mini",
    "groq": "llama-3.1-8b-instant",
}


def client_for(provider):
    return CLIENT_GETTERS[provider]()


def quick_ask(provider, prompt, max_tokens=200):
    """One-shot question for the quick-action toolbar (OpenAI-shaped providers only)."""
    client = client_for(provider)
    resp = client.chat.completions.create(
        model=QUICK_MODELS[provider],
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


def quick_ask_with_retry(provider, prompt):
    client = CLIENT_GETTERS[provider]()
    resp = with_retries(
        client.chat.completions.create,
        model=QUICK_MODELS[provider],
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


def available_providers(settings):
    out = []
    for name in CLIENT_GETTERS:
        if getattr(settings, f"{name}_api_key", ""):
            out.append(name)
    return out
