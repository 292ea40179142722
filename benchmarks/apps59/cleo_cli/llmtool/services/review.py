"""Style / accuracy review of docs pages with Claude."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import anthropic

logger = logging.getLogger(__name__)

REVIEW_PROMPT = """Review the following documentation page against the style guide.
Return JSON: {"issues": [{"line": int, "severity": "error"|"warning"|"nit", "message": str}],
"summary": str}. Only return JSON."""


@dataclass
class ReviewIssue:
    line: int
    severity: str
    message: str


@dataclass
class ReviewResult:
    issues: list[ReviewIssue] = field(default_factory=list)
    summary: str = ""

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


class ReviewService:
    def __init__(self, client: anthropic.Anthropic, model: str, style_guide: str = "") -> None:
        self._client = client
        self.model = model
        self.style_guide = style_guide

    def review(self, page: str, strict: bool = False) -> ReviewResult:
        system = REVIEW_PROMPT
        if self.style_guide:
            system += "\n\nStyle guide:\n" + self.style_guide
        if strict:
            system += "\nTreat every deviation from the style guide as an error."
        message = self._client.messages.create(
            model=self.model,
            max_tokens=4096,
            system=system,
            messages=[{"role": "user", "content": page}],
        )
        text = "".join(b.text for b in message.content if b.type == "text")
        return self._parse(text)

    def review_streaming(self, page: str, on_text) -> ReviewResult:
        chunks: list[str] = []
        with self._client.messages.stream(
            model=self.model,
            max_tokens=4096,
            system=REVIEW_PROMPT,
            messages=[{"role": "user", "content": page}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
                on_text(text)
        return self._parse("".join(chunks))

    @staticmethod
    def _parse(text: str) -> ReviewResult:
        try:
            data = json.loads(text[text.index("{") : text.rindex("}") + 1])
        except ValueError:
            logger.warning("reviewer returned non-JSON output")
            return ReviewResult(summary=text.strip())
        issues = [ReviewIssue(int(i.get("line", 0)), i.get("severity", "nit"), i["message"]) for i in data.get("issues", [])]
        return ReviewResult(issues=issues, summary=data.get("summary", ""))
