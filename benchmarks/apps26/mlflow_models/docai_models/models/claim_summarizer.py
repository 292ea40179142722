"""Claim file summariser on Fireworks-hosted Llama (cheaper than GPT-4o for long files)."""
from __future__ import annotations

import logging

from docai_models.models.base import DocAIModel
from docai_models.providers import LLAMA_70B, FireworksClientFactory
from docai_models.utils.prompts import SUMMARY
from docai_models.utils.tokens import chunk_text

log = logging.getLogger(__name__)


class ClaimSummarizerModel(DocAIModel):
    text_column = "claim_file"
    output_columns = ["summary", "chunks", "latency_ms"]

    def on_load(self, context):
        # not from the registry: the on-demand deployment needs its own base_url (DOCAI-488)
        settings = self.registry.settings("fireworks")
        self.fw = FireworksClientFactory(settings).create()
        self.model = settings.model or LLAMA_70B

    def _summarise_chunk(self, chunk: str, max_words: int) -> str:
        resp = self.fw.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": SUMMARY.render(claim_file=chunk, max_words=max_words)}],
            max_tokens=700,
            temperature=0.2,
        )
        return resp.choices[0].message.content

    def _merge(self, partials: list[str], max_words: int) -> str:
        text = []
        stream = self.fw.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Merge these partial summaries into one."},
                {"role": "user", "content": SUMMARY.render(claim_file="\n\n".join(partials), max_words=max_words)},
            ],
            max_tokens=900,
            stream=True,
        )
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                text.append(event.choices[0].delta.content)
        return "".join(text)

    def predict_row(self, row, params):
        max_words = int(params.get("max_words", 250))
        chunks = chunk_text(row[self.text_column], max_tokens=6000, overlap=200)
        if len(chunks) == 1:
            return {"summary": self._summarise_chunk(chunks[0], max_words), "chunks": 1}
        partials = [self._summarise_chunk(c, max_words) for c in chunks]
        return {"summary": self._merge(partials, max_words), "chunks": len(chunks)}
