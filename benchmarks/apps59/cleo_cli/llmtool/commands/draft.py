from __future__ import annotations

from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.services.drafting import DraftRequest, DraftService

POLISH_PROMPT = "Tighten the prose of this Markdown page. Keep structure, code and links unchanged."


class DraftCommand(DocsCommand):
    name = "draft"
    description = "Draft a documentation page from an outline."
    arguments = [
        argument("title", description="Title of the page to draft."),
    ]
    options = [
        option("outline", "o", description="File containing the outline.", flag=False),
        option("context", "c", description="Reference files (code, specs).", flag=False, multiple=True),
        option("model", "m", description="Model to use.", flag=False),
        option("output", None, description="Write the draft to this file.", flag=False),
        option("stream", None, description="Stream tokens as they arrive."),
        option("polish", None, description="Run a second polishing pass."),
        option("titles", None, description="Only suggest titles for an existing page.", flag=False),
    ]

    def handle(self) -> int:
        service = DraftService(self.app.openai, model=self.option("model") or self.settings.models.draft)

        if self.option("titles"):
            body = Path(self.option("titles")).read_text()
            for title in service.suggest_titles(body):
                self.line(f"  • {title}")
            return 0

        outline_path = self.option("outline")
        if not outline_path:
            self.line_error("<error>--outline is required</error>")
            return 2
        context = "\n\n".join(Path(p).read_text() for p in self.option("context"))
        req = DraftRequest(title=self.argument("title"), outline=Path(outline_path).read_text(), context=context)

        if self.option("stream") and not self.option("output"):
            for piece in service.stream_draft(req):
                self.write(piece)
            self.line("")
            return 0

        text = service.draft(req)
        if self.option("polish"):
            text = self._polish(text)
        self.write_or_print(text, self.option("output"))
        return 0

    def _polish(self, text: str) -> str:
        self.line("<comment>Polishing…</comment>", verbosity=self.io.output.verbosity)
        resp = self.app.openai.chat.completions.create(
            model=self.settings.models.fallback,
            messages=[
                {"role": "system", "content": POLISH_PROMPT},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content or text
