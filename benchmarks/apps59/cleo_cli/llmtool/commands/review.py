from __future__ import annotations

import re
from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.services.review import ReviewService
from llmtool.helpers import severity_tag
from llmtool.textutil import iter_markdown_files, strip_front_matter


FIX_PROMPT = "Apply these review comments to the page and return the full corrected Markdown only."


class ReviewCommand(DocsCommand):
    name = "review"
    description = "Review a page against the docs style guide."
    arguments = [argument("path", description="Markdown file to review.")]
    options = [
        option("strict", "s", description="Treat style deviations as errors."),
        option("style-guide", None, description="Path to the style guide.", flag=False, default="STYLE.md"),
        option("fix", None, description="Rewrite the page applying the comments."),
        option("live", None, description="Show the model output as it streams."),
    ]

    needs_llm = "anthropic"

    def handle(self) -> int:
        path, page = self.read_page()
        guide_path = Path(self.option("style-guide"))
        guide = guide_path.read_text() if guide_path.exists() else ""
        service = ReviewService(self.llm, model=self.settings.models.review, style_guide=guide)

        if self.option("live"):
            result = service.review_streaming(page, on_text=self.write)
            self.line("")
        else:
            result = service.review(page, strict=self.option("strict"))

        for issue in result.issues:
            tag = severity_tag(issue.severity)
            self.line(f"{path}:{issue.line}: <{tag}>{issue.severity}</{tag}> {issue.message}")
        if result.summary:
            self.line(f"\n<info>{result.summary}</info>")

        if self.option("fix") and result.issues:
            comments = "\n".join(f"- line {i.line}: {i.message}" for i in result.issues)
            fixed = self.llm.messages.create(
                model=self.settings.models.review,
                max_tokens=8192,
                system=FIX_PROMPT,
                messages=[{"role": "user", "content": f"{comments}\n\n---\n\n{page}"}],
            )
            path.write_text(fixed.content[0].text, encoding="utf-8")
            self.line(f"<info>Applied {len(result.issues)} fixes to {path}</info>")

        return 1 if result.has_errors else 0


BANNED = {
    r"\bsimply\b": "avoid 'simply'",
    r"\bjust\b": "avoid 'just'",
    r"\bobviously\b": "avoid 'obviously'",
    r"\bwhitelist\b": "use 'allowlist'",
    r"\bblacklist\b": "use 'denylist'",
}


class LintCommand(DocsCommand):
    name = "lint"
    description = "Lint pages for banned words and (optionally) run moderation."
    arguments = [argument("path", description="File or directory.")]
    options = [option("moderate", None, description="Also run the OpenAI moderation endpoint.")]

    def handle(self) -> int:
        problems = 0
        for file in iter_markdown_files(Path(self.argument("path"))):
            text = strip_front_matter(file.read_text())
            for lineno, line in enumerate(text.splitlines(), 1):
                for pattern, message in BANNED.items():
                    if re.search(pattern, line, re.IGNORECASE):
                        self.line(f"{file}:{lineno}: <comment>{message}</comment>")
                        problems += 1
            if self.option("moderate") and self._flagged(text):
                self.line(f"{file}: <error>flagged by moderation</error>")
                problems += 1
        return 1 if problems else 0

    def _flagged(self, text: str) -> bool:
        result = self.app.openai.moderations.create(model="omni-moderation-latest", input=text[:20000])
        return any(r.flagged for r in result.results)
