"""Research-notes search: embeddings + Cohere rerank + optional Mistral answer."""
from __future__ import annotations

import panel as pn
import param

from deskassist.services.retrieval import NotesIndex, rerank, token_budget
from deskassist.settings import settings
from deskassist.utils import chunk_text


def _moderate(text: str) -> bool:
    """Block obviously inappropriate queries before they hit the index (compliance ask)."""
    client = pn.state.cache.get("llm-client:openai")
    if client is None:
        return True
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return not result.results[0].flagged


class DocSearch(pn.viewable.Viewer):
    index = param.ClassSelector(class_=NotesIndex)
    mistral = param.Parameter(default=None, doc="mistralai.Mistral client for answer synthesis")
    query = param.String(default="")
    synthesize = param.Boolean(default=False)
    top_k = param.Integer(default=5, bounds=(1, 20))

    def __init__(self, **params):
        params.setdefault("index", NotesIndex(backend="cohere"))
        super().__init__(**params)
        self._upload = pn.widgets.FileInput(accept=".txt,.md", multiple=True)
        self._upload.param.watch(self._ingest, "value")

    def _ingest(self, event):
        for raw in event.new or []:
            text = raw.decode("utf-8", errors="ignore")
            chunks = chunk_text(text)
            if sum(token_budget(c) for c in chunks[:3]) > 20_000:
                pn.state.notifications.warning("Document is very large; indexing first pages only")
                chunks = chunks[:50]
            self.index.add(chunks)

    def _answer(self, query: str, passages: list[str]) -> str:
        context = "\n---\n".join(passages)
        res = self.mistral.chat.complete(
            model=settings.mistral_model,
            messages=[
                {"role": "system", "content": "Answer only from the provided research notes."},
                {"role": "user", "content": f"Notes:\n{context}\n\nQuestion: {query}"},
            ],
        )
        return res.choices[0].message.content

    @param.depends("query", "synthesize", "top_k")
    def _results(self):
        if not self.query:
            return pn.pane.Markdown("Upload notes and type a query.")
        if not _moderate(self.query):
            return pn.pane.Alert("Query blocked by moderation.", alert_type="danger")
        hits = self.index.search(self.query, k=self.top_k * 3)
        ranked = rerank(self.query, [doc for doc, _ in hits], top_n=self.top_k)
        items = [pn.pane.Markdown(f"**{score:.2f}** {doc[:400]}...") for doc, score in ranked]
        if self.synthesize and self.mistral is not None and ranked:
            items.insert(0, pn.pane.Markdown(self._answer(self.query, [d for d, _ in ranked])))
        return pn.Column(*items)

    def __panel__(self):
        return pn.Column(
            self._upload,
            pn.Row(
                pn.widgets.TextInput.from_param(self.param.query, placeholder="e.g. Norwegian outages"),
                self.param.top_k,
                self.param.synthesize,
            ),
            self._results,
        )
