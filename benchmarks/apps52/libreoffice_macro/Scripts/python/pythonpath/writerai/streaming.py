"""Streaming helpers: show text appearing in the document as it is generated."""
import logging

from writerai.clients import get_anthropic_client, get_openai_client

log = logging.getLogger("writerai.streaming")


def stream_openai(prompt, model, on_delta, system=None):
    client = get_openai_client()
    messages = [{"role": "user", "content": prompt}]
    if system:
        messages.insert(0, {"role": "system", "content": system})
    stream = client.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    total = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            piece = chunk.choices[0].delta.content
            total.append(piece)
            on_delta(piece)
    return "".join(total)


def stream_claude(prompt, model, on_delta, system="You are a writing assistant."):
    client = get_anthropic_client()
    with client.messages.stream(
        model=model,
        max_tokens=2048,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        for text in stream.text_stream:
            on_delta(text)
        final = stream.get_final_message()
    log.debug("claude usage in=%s out=%s", final.usage.input_tokens, final.usage.output_tokens)
    return "".join(b.text for b in final.content if b.type == "text")


class DocumentWriter:
    """Appends streamed text at a text cursor, batching UNO calls."""

    def __init__(self, text, cursor, flush_every=40):
        self.text = text
        self.cursor = cursor
        self.flush_every = flush_every
        self._buf = []

    def __call__(self, piece):
        self._buf.append(piece)
        if sum(len(p) for p in self._buf) >= self.flush_every:
            self.flush()

    def flush(self):
        if self._buf:
            self.text.insertString(self.cursor, "".join(self._buf), False)
            self._buf = []
