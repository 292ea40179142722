"""Streaming helpers used by the task panels to show tokens as they arrive."""
from freecad.aiassist import preferences
from .clients import get_anthropic_client, get_ollama_client, get_openai_client


def stream_openai(system, user, on_token, client=None, model=None):
    client = client or get_openai_client()
    stream = client.chat.completions.create(
        model=model or preferences.model_for("openai"),
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        stream=True,
        stream_options={"include_usage": True},
    )
    parts = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
            on_token(chunk.choices[0].delta.content)
    return "".join(parts)


def stream_anthropic(system, user, on_token, model=None):
    parts = []
    with get_anthropic_client().messages.stream(
        model=model or preferences.model_for("anthropic"),
        system=system,
        max_tokens=preferences.max_tokens(),
        messages=[{"role": "user", "content": user}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
            on_token(text)
    return "".join(parts)


def stream_ollama(system, user, on_token, model=None):
    parts = []
    for chunk in get_ollama_client().chat(
        model=model or preferences.model_for("ollama"),
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        stream=True,
    ):
        piece = chunk["message"]["content"]
        parts.append(piece)
        on_token(piece)
    return "".join(parts)


STREAMERS = {
    "openai": stream_openai,
    "anthropic": stream_anthropic,
    "ollama": stream_ollama,
}
