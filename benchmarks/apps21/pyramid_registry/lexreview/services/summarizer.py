"""Partner-facing summaries, produced with DeepSeek (cheap, long context)."""
import logging

log = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You summarise legal documents for a supervising partner. Use neutral language, "
    "cite page numbers in brackets, and flag anything that looks privileged or hot."
)


def _deepseek(registry):
    return registry["deepseek_client"], registry.get("deepseek_model", "deepseek-chat")


def summarize_document(registry, text, max_words=250):
    client, model = _deepseek(registry)
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": f"Summarise in at most {max_words} words:\n\n{text}"},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content.strip()


def stream_summary(registry, text):
    """Generator of text deltas, used by the memo streaming view."""
    client, model = _deepseek(registry)
    stream = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": text},
        ],
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def timeline_from_documents(registry, documents):
    """Chronology across a set of documents; uses the reasoning model."""
    client = registry["deepseek_client"]
    corpus = "\n\n---\n\n".join(f"[{d.bates_begin}] {d.text[:8000]}" for d in documents)
    resp = client.chat.completions.create(
        model="deepseek-reasoner",
        messages=[
            {
                "role": "user",
                "content": "Build a dated chronology of events (one line per event, "
                "with Bates cite) from these documents:\n\n" + corpus,
            }
        ],
    )
    return resp.choices[0].message.content


class SummaryCache:
    """Trivial in-process cache keyed by document hash; not an LLM client."""

    def __init__(self):
        self._items = {}

    def get(self, key):
        return self._items.get(key)

    def create(self, key, summary):
        self._items[key] = summary
        return summary
