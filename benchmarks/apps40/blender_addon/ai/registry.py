"""Provider registry for the 'quick ask' helpers.

Each entry takes (session, system, user) and returns text. Operators pick an
entry by the preference enum value.
"""

from .clients import get_openai_client


def _ask_openai(session, system, user):
    r = session.openai.chat.completions.create(
        model=session.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
    )
    return r.choices[0].message.content


def _ask_anthropic(session, system, user):
    r = session.anthropic.messages.create(
        model=session.anthropic_model, max_tokens=1500, system=system,
        messages=[{"role": "user", "content": user}],
    )
    return r.content[0].text


def _ask_gemini(session, system, user):
    return session.gemini.chats.create(model=session.gemini_model).send_message(f"{system}\n\n{user}").text


def _ask_ollama(session, system, user):
    r = session.ollama.chat(
        model=session.ollama_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
    )
    return r.message.content


PROVIDERS = {
    "openai": _ask_openai,
    "anthropic": _ask_anthropic,
    "google": _ask_gemini,
    "ollama": _ask_ollama,
}


def ask(session, provider, system, user):
    try:
        fn = PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}") from None
    return fn(session, system, user)


def moderate(prefs, text):
    """Screen free-text chat prompts before they go to a vendor (studio policy)."""
    client = get_openai_client(prefs)
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged
