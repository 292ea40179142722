"""Stream answers line by line so long replies start appearing quickly.

IRC can't edit messages, so we buffer until a newline or ~380 bytes and
emit that as one PRIVMSG.
"""

import logging

log = logging.getLogger("supybot.plugins.LLM.streaming")

IRC_LINE = 380


def _chunk_lines(pieces):
    buf = ""
    for piece in pieces:
        if not piece:
            continue
        buf += piece
        while "\n" in buf or len(buf.encode("utf-8")) > IRC_LINE:
            if "\n" in buf:
                line, buf = buf.split("\n", 1)
            else:
                cut = buf.rfind(" ", 0, IRC_LINE) or IRC_LINE
                line, buf = buf[:cut], buf[cut:].lstrip()
            if line.strip():
                yield line.rstrip()
    if buf.strip():
        yield buf.strip()


def stream_openai(client, model, messages, max_tokens=600):
    stream = client.chat.completions.create(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        stream=True,
        stream_options={"include_usage": True},
    )
    return _chunk_lines(c.choices[0].delta.content
                        for c in stream if c.choices)


def stream_groq(client, model, messages, max_tokens=600):
    pieces = []
    for chunk in client.chat.completions.create(model=model,
                                                messages=messages,
                                                max_tokens=max_tokens,
                                                stream=True):
        delta = chunk.choices[0].delta.content
        if delta:
            pieces.append(delta)
            if "\n" in delta:
                for line in _chunk_lines(pieces):
                    yield line
                pieces = []
    for line in _chunk_lines(pieces):
        yield line


def stream_for(backend, messages, max_tokens=600):
    """Dispatch on the backend object from providers.make_backend."""
    if backend.name in ("openai", "openrouter"):
        return stream_openai(backend.client, backend.model, messages,
                             max_tokens)
    if backend.name == "groq":
        return stream_groq(backend.client, backend.model, messages, max_tokens)
    if backend.name == "anthropic":
        return backend.stream_lines(messages, max_tokens)
    # mistral: no streaming yet, just split the full answer
    reply = backend.chat(messages, max_tokens=max_tokens)
    return _chunk_lines([reply.text])
