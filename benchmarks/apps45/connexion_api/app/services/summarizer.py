"""Document summarisation (map-reduce over chunks for long docs)."""
import logging
from concurrent.futures import ThreadPoolExecutor

from app.services.prompts import CHUNK_SUMMARY, MERGE_SUMMARIES, render_summary_prompt

log = logging.getLogger(__name__)

CHUNK_CHARS = 8_000


def chunk_text(text, size=CHUNK_CHARS):
    paragraphs = text.split("\n\n")
    chunk, out = [], []
    length = 0
    for p in paragraphs:
        if length + len(p) > size and chunk:
            out.append("\n\n".join(chunk))
            chunk, length = [], 0
        chunk.append(p)
        length += len(p)
    if chunk:
        out.append("\n\n".join(chunk))
    return out


class DocumentSummarizer:
    def __init__(self, client, config, max_workers=4):
        self.client = client
        self.model = config["ANTHROPIC_MODEL"]
        self.max_workers = max_workers

    def summarize(self, text, style="brief"):
        if len(text) <= CHUNK_CHARS:
            return self._single(render_summary_prompt(style, text))
        chunks = chunk_text(text)
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            parts = list(pool.map(self._summarize_chunk, chunks))
        merged = MERGE_SUMMARIES.format(parts="\n\n---\n\n".join(parts))
        return self._single(render_summary_prompt(style, merged))

    def _summarize_chunk(self, chunk):
        return self._single(CHUNK_SUMMARY.format(chunk=chunk), max_tokens=600)

    def _single(self, prompt, max_tokens=1200):
        message = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
        )
        return message.content[0].text

    def estimate_input_tokens(self, text):
        # free endpoint, used by the API to decide sync vs. celery
        result = self.client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": text}],
        )
        return result.input_tokens
