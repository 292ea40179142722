"""``llm_candidate_linker``: rerank KB candidates with Cohere, chat to break ties."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..prompts import DISAMBIGUATE_TEMPLATE, format_candidates

logger = logging.getLogger(__name__)


@dataclass
class Candidate:
    kb_id: str
    name: str
    description: str


@dataclass
class CandidateStore:
    """Alias -> candidates table loaded from a JSONL export of the KB."""

    by_alias: Dict[str, List[Candidate]] = field(default_factory=dict)

    @classmethod
    def from_jsonl(cls, path: Path) -> "CandidateStore":
        store = cls()
        for row in srsly.read_jsonl(path):
            store.create(row["alias"], row["kb_id"], row["name"], row.get("description", ""))
        return store

    def create(self, alias: str, kb_id: str, name: str, description: str) -> Candidate:
        cand = Candidate(kb_id=kb_id, name=name, description=description)
        self.by_alias.setdefault(alias.lower(), []).append(cand)
        return cand

    def lookup(self, alias: str) -> List[Candidate]:
        return self.by_alias.get(alias.lower(), [])


@Language.factory(
    "llm_candidate_linker",
    default_config={
        "client": {"@misc": "llm.cohere_client.v1"},
        "rerank_model": "rerank-v3.5",
        "chat_model": "command-r-08-2024",
        "top_n": 3,
        "tie_margin": 0.05,
        "kb_path": None,
        "max_rerank_docs": 100,
    },
    requires=["doc.ents"],
    assigns=["span._.kb_id_llm", "span._.kb_candidates"],
)
def make_candidate_linker(
    nlp, name, client, rerank_model, chat_model, top_n, tie_margin, kb_path, max_rerank_docs
):
    store = CandidateStore.from_jsonl(Path(kb_path)) if kb_path else CandidateStore()
    linker = CandidateLinker(client, store, rerank_model, chat_model, top_n, tie_margin)
    linker.max_rerank_docs = max_rerank_docs
    return linker


class CandidateLinker:
    def __init__(
        self,
        co: Any,
        store: CandidateStore,
        rerank_model: str,
        chat_model: str,
        top_n: int = 3,
        tie_margin: float = 0.05,
    ) -> None:
        self.co = co
        self.store = store
        self.rerank_model = rerank_model
        self.chat_model = chat_model
        self.top_n = top_n
        self.tie_margin = tie_margin
        self.max_rerank_docs = 100

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc.ents:
            cands = self.store.lookup(ent.text)
            if not cands:
                continue
            if len(cands) == 1:
                ent._.kb_id_llm = cands[0].kb_id
                ent._.kb_candidates = [(cands[0].kb_id, 1.0)]
                continue
            ranked = self._rerank(ent, cands)
            ent._.kb_candidates = ranked
            ent._.kb_id_llm = self._pick(ent, cands, ranked)
        return doc

    def _prefilter(self, query: str, cands: List[Candidate]) -> List[Candidate]:
        """Very common aliases ("Apple", "Paris") have hundreds of candidates; cut them
        down by embedding similarity before paying for rerank."""
        texts = [query] + [f"{c.name}: {c.description}" for c in cands]
        resp = self.co.embed(
            model="embed-english-v3.0",
            texts=texts,
            input_type="search_query",
            embedding_types=["float"],
        )
        vecs = np.asarray(resp.embeddings.float_, dtype="float32")
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
        sims = vecs[1:] @ vecs[0]
        keep = np.argsort(-sims)[: self.max_rerank_docs]
        return [cands[i] for i in keep]

    def _rerank(self, ent: Span, cands: List[Candidate]) -> List[Tuple[str, float]]:
        query = f"{ent.text} in context: {ent.sent.text}"
        if len(cands) > self.max_rerank_docs:
            cands = self._prefilter(query, cands)
        docs = [f"{c.name}: {c.description}" for c in cands]
        result = self.co.rerank(
            model=self.rerank_model,
            query=query,
            documents=docs,
            top_n=min(self.top_n, len(docs)),
        )
        return [(cands[r.index].kb_id, float(r.relevance_score)) for r in result.results]

    def _pick(self, ent: Span, cands: List[Candidate], ranked: List[Tuple[str, float]]) -> Optional[str]:
        if len(ranked) < 2 or ranked[0][1] - ranked[1][1] > self.tie_margin:
            return ranked[0][0] if ranked else None
        top_ids = {kb_id for kb_id, _ in ranked}
        prompt = DISAMBIGUATE_TEMPLATE.substitute(
            sentence=ent.sent.text,
            mention=ent.text,
            candidates=format_candidates((c.kb_id, c.description) for c in cands if c.kb_id in top_ids),
        )
        response = self.co.chat(
            model=self.chat_model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.0,
        )
        answer = response.message.content[0].text.strip()
        if answer == "NIL" or answer not in top_ids:
            logger.debug("no confident link for %r (answer=%r)", ent.text, answer)
            return None
        return answer
