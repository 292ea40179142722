"""Streaming generators used by the assistant dock.

Each function yields text chunks; the dock runs them in a QThread worker.
The client is handed in by the caller (see gui/dock.py) so tests can use fakes.
"""
from .prompts import anthropic_messages, chat_messages


def stream_openai(client, model, system, user, history=None):
    stream = client.chat.completions.create(
        model=model,
        messages=chat_messages(system, user, history),
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def stream_anthropic(client, model, system, user, history=None, max_tokens=1024):
    with client.messages.stream(
        model=model,
        system=system,
        max_tokens=max_tokens,
        messages=anthropic_messages(user, history),
    ) as stream:
        for text in stream.text_stream:
            yield text


def stream_gemini(client, model, system, user, history=None):
    for chunk in client.models.generate_content_stream(
        model=model,
        contents=user,
        config={"system_instruction": system},
    ):
        if chunk.text:
            yield chunk.text


def stream_mistral(client, model, system, user, history=None):
    events = client.chat.stream(model=model, messages=chat_messages(system, user, history))
    for event in events:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


def stream_ollama(client, model, system, user, history=None):
    for part in client.chat(model=model, messages=chat_messages(system, user, history), stream=True):
        yield part["message"]["content"]


STREAMERS = {
    "openai": stream_openai,
    "anthropic": stream_anthropic,
    "google": stream_gemini,
    "mistral": stream_mistral,
    "ollama": stream_ollama,
}
