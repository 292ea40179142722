from __future__ import annotations

import asyncio
from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.services.multi_model_service import TaskComplexity
from llmtool.services.summarizer import Summarizer
from llmtool.textutil import iter_markdown_files, strip_front_matter


class SummarizeCommand(DocsCommand):
    name = "summarize"
    description = "Summarise one page or a whole docs section."
    arguments = [argument("path", description="File or directory.")]
    options = [
        option("format", "f", description="tldr | bullets | markdown", flag=False, default="bullets"),
        option("engine", "e", description="cohere (default), together or tracked", flag=False, default="cohere"),
        option("stream", None, description="Stream the summary."),
    ]

    def handle(self) -> int:
        files = iter_markdown_files(Path(self.argument("path")))
        text = "\n\n".join(strip_front_matter(f.read_text()) for f in files)
        style = self.option("format")
        engine = self.option("engine")

        if engine == "tracked":
            summary = asyncio.run(
                self.app.mms.generate_response(
                    prompt=f"Summarise this documentation ({style}):\n\n{text}",
                    task_type="summarize",
                    complexity=TaskComplexity.STANDARD,
                )
            )
            self.line(summary)
            return 0

        if engine == "together":
            client = self.app.registry["together"]
            resp = client.chat.completions.create(
                model="Qwen/Qwen2.5-72B-Instruct-Turbo",
                messages=[{"role": "user", "content": f"Summarise as {style}:\n\n{text}"}],
                max_tokens=800,
            )
            self.line(resp.choices[0].message.content)
            return 0

        summarizer = Summarizer(self.app.cohere, model=self.settings.models.summarize)
        if self.option("stream"):
            for piece in summarizer.summarize_stream(text, style):
                self.write(piece)
            self.line("")
        else:
            self.line(summarizer.summarize(text, style))
        return 0


class FaqCommand(DocsCommand):
    name = "faq"
    description = "Extract FAQ entries from pages or support transcripts."
    arguments = [argument("path", description="File or directory.")]
    options = [
        option("tags", "t", description="Allowed tags (enables tagging).", flag=False, multiple=True),
        option("output", "o", description="Write JSON here.", flag=False),
    ]

    def handle(self) -> int:
        import json

        from llmtool.services.faq import FAQExtractor

        extractor = FAQExtractor()
        files = iter_markdown_files(Path(self.argument("path")))

        async def run() -> list[dict]:
            rows: list[dict] = []
            for file in files:
                for entry in await extractor.extract(file.read_text()):
                    if self.option("tags"):
                        entry.tags = await extractor.classify_tags(entry.question, list(self.option("tags")))
                    rows.append({"source": str(file), **entry.model_dump()})
            return rows

        rows = asyncio.run(run())
        if extractor.last_rate_limit and extractor.last_rate_limit.remaining_requests is not None:
            self.line(f"<comment>{extractor.last_rate_limit.remaining_requests} requests left this minute</comment>")
        payload = json.dumps(rows, indent=2, ensure_ascii=False)
        if self.option("output"):
            Path(self.option("output")).write_text(payload, encoding="utf-8")
            self.line(f"<info>{len(rows)} entries written to {self.option('output')}</info>")
        else:
            self.line(payload)
        return 0
