"""Document summarizer from the 2022 reporting project.

Uses blocking SDK clients pushed into the reactor threadpool.
"""
from twisted.internet import defer, threads
from twisted.python import log

from gateway.providers import get_anthropic_client, get_cohere_client
from gateway.util.tokens import truncate_to_budget

CHUNK_TOKENS = 6000


def _split(text, size=CHUNK_TOKENS * 4):
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


class Summarizer(object):

    def __init__(self, model="claude-3-5-haiku-20241022"):
        self.client = get_anthropic_client()
        self.model = model

    def _summarize_chunk(self, chunk):
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=600,
            system="Summarize the text for an executive audience.",
            messages=[{"role": "user", "content": chunk}],
        )
        return msg.content[0].text

    @defer.inlineCallbacks
    def summarize(self, text):
        parts = []
        for chunk in _split(text):
            part = yield threads.deferToThread(self._summarize_chunk, chunk)
            parts.append(part)
        if len(parts) == 1:
            defer.returnValue(parts[0])
        merged = "\n\n".join(parts)
        final = yield threads.deferToThread(self._summarize_chunk,
                                            truncate_to_budget(merged, CHUNK_TOKENS))
        defer.returnValue(final)


def cohere_headline(text):
    """Headline for the digest email; blocking, call from a thread."""
    co = get_cohere_client()
    resp = co.chat(
        model="command-r-08-2024",
        messages=[{"role": "user",
                   "content": "Write a 10-word headline for:\n" + text[:4000]}],
    )
    return resp.message.content[0].text.strip()


def headline_deferred(text):
    d = threads.deferToThread(cohere_headline, text)
    d.addErrback(lambda f: (log.err(f), "")[1])
    return d
