"""Streaming helpers used by the interactive "Ask about this book" panel.

Each generator yields text chunks as they arrive so the dialog can
append them to a QTextBrowser from a QThread.
"""

from calibre_plugins.ai_book_assistant.llm.prompts import split_system, to_genai_contents


def stream_openai(client, model, messages, max_tokens=800):
    stream = client.chat.completions.create(
        model=model, messages=messages, max_tokens=max_tokens, stream=True)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def stream_anthropic(client, model, messages, max_tokens=800):
    system, rest = split_system(messages)
    with client.messages.stream(model=model, max_tokens=max_tokens,
                                system=system, messages=rest) as stream:
        for text in stream.text_stream:
            yield text


def stream_gemini(client, model, messages):
    for chunk in client.models.generate_content_stream(
            model=model, contents=to_genai_contents(messages)):
        if chunk.text:
            yield chunk.text


def stream_mistral(client, model, messages):
    res = client.chat.stream(model=model, messages=messages)
    for event in res:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


STREAMERS = {
    'openai': stream_openai,
    'deepseek': stream_openai,
    'anthropic': stream_anthropic,
    'mistral': stream_mistral,
}
