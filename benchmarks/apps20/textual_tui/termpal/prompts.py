"""Prompt templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Template

SUMMARIZE = Template(
    "Summarize the following text in $style style, in at most $words words.\n\n---\n$text"
)
EXPLAIN = Template("Explain this to a developer who is new to the codebase:\n\n```\n$code\n```")
TRANSLATE = Template("Translate into $language. Keep formatting and code blocks unchanged.\n\n$text")


@dataclass
class PromptBuilder:
    """Assembles a user prompt from a template plus optional context snippets."""

    template: Template
    context: list[str] = field(default_factory=list)
    max_context_chars: int = 6000

    def add_context(self, snippet: str) -> "PromptBuilder":
        self.context.append(snippet)
        return self

    def generate(self, **values: str) -> str:
        body = self.template.safe_substitute(**values)
        if not self.context:
            return body
        ctx, used = [], 0
        for snippet in self.context:
            if used + len(snippet) > self.max_context_chars:
                break
            ctx.append(snippet)
            used += len(snippet)
        joined = "\n\n".join(f"<context>\n{c}\n</context>" for c in ctx)
        return f"{joined}\n\n{body}"
