"""Groundedness checks: is the chatbot's answer supported by the help-centre docs?

The help-centre export (markdown) is chunked and embedded once per run; for
each answer the top-k chunks are retrieved and a model checks the claims."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from robot.api import logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from libraries.helpers.text import chunk, shorten, strip_html
from libraries.SimilarityLibrary import cosine
from resources import get_genai_client, get_openai_client, settings

GROUNDED_SYSTEM = (
    "You check whether an ANSWER is fully supported by the CONTEXT. List every claim "
    'in the answer, mark it supported or not. Reply JSON {"claims": [{"text": str, '
    '"supported": bool}], "grounded": bool}'
)


@dataclass
class Chunk:
    source: str
    text: str
    vector: list[float]


@library(scope="GLOBAL")
class KnowledgeBaseLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self, docs_dir: str = "kb", top_k: int = 4, batch_size: int = 64) -> None:
        self.docs_dir = Path(docs_dir)
        self.top_k = int(top_k)
        self.batch_size = int(batch_size)
        self.openai = get_openai_client()
        self._index: list[Chunk] = []

    # -- indexing ---------------------------------------------------------------

    def _embed(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i : i + self.batch_size]
            resp = self.openai.embeddings.create(model=settings.openai_embedding_model, input=batch)
            vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        return vectors

    @keyword("Load Knowledge Base")
    def load_knowledge_base(self, docs_dir: Optional[str] = None) -> int:
        root = Path(docs_dir) if docs_dir else self.docs_dir
        pieces: list[tuple[str, str]] = []
        for path in sorted(root.rglob("*.md")) + sorted(root.rglob("*.html")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            text = strip_html(raw) if path.suffix == ".html" else raw
            pieces.extend((str(path.relative_to(root)), c) for c in chunk(text))
        if not pieces:
            raise AssertionError(f"No documents found in {root}")
        vectors = self._embed([p[1] for p in pieces])
        self._index = [Chunk(src, txt, vec) for (src, txt), vec in zip(pieces, vectors)]
        logger.info(f"Indexed {len(self._index)} chunks from {root}")
        return len(self._index)

    def _retrieve(self, query: str) -> list[Chunk]:
        if not self._index:
            BuiltIn().run_keyword("Load Knowledge Base")
        qvec = self._embed([query])[0]
        ranked = sorted(self._index, key=lambda c: cosine(qvec, c.vector), reverse=True)
        return ranked[: self.top_k]

    # -- keywords ---------------------------------------------------------------

    @keyword("Answer Should Be Grounded")
    def answer_should_be_grounded(self, question: str, answer: str) -> dict:
        context = self._retrieve(question + "\n" + answer)
        ctx = "\n\n".join(f"[{c.source}] {c.text}" for c in context)
        resp = self.openai.chat.completions.create(
            model=settings.openai_model,
            messages=[
                {"role": "system", "content": GROUNDED_SYSTEM},
                {"role": "user", "content": f"CONTEXT:\n{ctx}\n\nANSWER:\n{answer}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        result = json.loads(resp.choices[0].message.content or "{}")
        unsupported = [c["text"] for c in result.get("claims", []) if not c.get("supported")]
        if unsupported:
            logger.warn(f"Unsupported claims: {unsupported}")
        if not result.get("grounded", False):
            raise AssertionError("Answer not grounded: " + "; ".join(shorten(u, 120) for u in unsupported))
        return result

    @keyword("Answer Should Cite Sources")
    def answer_should_cite_sources(self, answer: str, *expected_sources: str) -> None:
        missing = [s for s in expected_sources if s not in answer]
        if missing:
            raise AssertionError(f"Answer does not cite: {missing}")

    @keyword("Generate Questions From Knowledge Base")
    def generate_questions_from_knowledge_base(self, per_doc: int = 2, limit: int = 20) -> list[str]:
        """Uses Gemini to write realistic customer questions for each document."""
        if not self._index:
            self.load_knowledge_base()
        seen: set[str] = set()
        questions: list[str] = []
        client = get_genai_client()
        for c in self._index:
            if c.source in seen:
                continue
            seen.add(c.source)
            resp = client.models.generate_content(
                model=settings.gemini_model,
                contents=(
                    f"Write {per_doc} questions a customer could ask that this help article answers. "
                    f"One per line, no numbering.\n\n{c.text}"
                ),
            )
            questions.extend(q.strip() for q in (resp.text or "").splitlines() if q.strip())
            if len(questions) >= int(limit):
                break
        return questions[: int(limit)]

    @keyword("Knowledge Base Stats")
    def knowledge_base_stats(self) -> dict:
        sources = {c.source for c in self._index}
        return {"chunks": len(self._index), "documents": len(sources)}
