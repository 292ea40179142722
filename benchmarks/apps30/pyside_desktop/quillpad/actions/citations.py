"""Find supporting passages in the user's reference library (Cohere rerank)."""
from __future__ import annotations

from pathlib import Path

from quillpad.actions.base import Action, ActionContext, register

RERANK_MODEL = "rerank-english-v3.0"


def _library_passages(root: Path, limit: int = 500) -> list[str]:
    passages: list[str] = []
    for path in sorted(root.glob("**/*.md")):
        for block in path.read_text(encoding="utf-8", errors="ignore").split("\n\n"):
            block = block.strip()
            if 80 < len(block) < 2000:
                passages.append(block)
            if len(passages) >= limit:
                return passages
    return passages


@register
class FindCitations(Action):
    id = "citations"
    title = "Find supporting passages"
    online_only = True

    def run(self, ctx: ActionContext, text: str) -> str:
        root = Path(ctx.settings.value("library/path", str(Path.home() / "Notes")))
        docs = _library_passages(root)
        if not docs:
            return "No reference library configured."
        if ctx.cohere is None:
            return "Cohere key missing (Settings > Providers)."
        ranked = ctx.cohere.rerank(model=RERANK_MODEL, query=text[:2000], documents=docs, top_n=5)
        lines = []
        for r in ranked.results:
            lines.append(f"[{r.relevance_score:.2f}] {docs[r.index][:300]}")
        return "\n\n".join(lines)
