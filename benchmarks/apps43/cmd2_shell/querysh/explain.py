"""Result explanations. Used by `explain` and by the autosummary hook."""
from __future__ import annotations

from typing import TYPE_CHECKING

from querysh import prompts
from querysh.db import QueryResult

if TYPE_CHECKING:
    import anthropic
    from openai import OpenAI


class ResultExplainer:
    """Explains a QueryResult with whichever raw client the shell hands us."""

    def __init__(self, client: "OpenAI", model: str = "gpt-4o-mini", max_rows: int = 30) -> None:
        self._client = client
        self.model = model
        self.max_rows = max_rows

    def explain(self, result: QueryResult, question: str | None = None, history: list[dict] | None = None) -> str:
        messages = [{"role": "system", "content": prompts.EXPLAIN_SYSTEM}]
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompts.explain_prompt(result.sql, result.preview(self.max_rows), question)})
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=0.1,
        )
        return completion.choices[0].message.content or ""

    def explain_with_claude(self, claude: "anthropic.Anthropic", result: QueryResult, model: str) -> str:
        """Longer-form write-up; Claude is better at the narrative bits."""
        message = claude.messages.create(
            model=model,
            max_tokens=2048,
            system=prompts.EXPLAIN_SYSTEM + " Write two or three short paragraphs.",
            messages=[{"role": "user", "content": prompts.explain_prompt(result.sql, result.preview(self.max_rows))}],
        )
        return message.content[0].text


def quick_stats(result: QueryResult) -> str:
    """Non-LLM fallback used when no backend is configured."""
    frame = result.frame
    parts = [f"{len(frame)} rows, {len(frame.columns)} columns"]
    for col in frame.select_dtypes("number").columns[:5]:
        parts.append(f"{col}: min={frame[col].min()} max={frame[col].max()} mean={frame[col].mean():.3g}")
    return "; ".join(parts)
