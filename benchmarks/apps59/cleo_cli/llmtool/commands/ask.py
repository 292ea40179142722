from __future__ import annotations

import asyncio
from pathlib import Path

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.providers.anthropic_provider import make_async_anthropic_client
from llmtool.services.llm_usage_tracker import llm_tracker
from llmtool.services.search import Chunk, DocsIndex
from llmtool.textutil import iter_markdown_files, split_markdown


ANSWER_SYSTEM = (
    "Answer questions about our product using only the provided documentation excerpts. "
    "Cite the file path of each excerpt you use. Say so if the answer is not in the excerpts."
)


class AskCommand(DocsCommand):
    name = "ask"
    description = "Ask a question; answers are grounded in the indexed docs."
    arguments = [argument("question", description="Your question.", multiple=True)]
    options = [
        option("index", "i", description="Index file built by `docsbot index`.", flag=False, default=".docsbot-index.json"),
        option("fast", None, description="Use the small OpenAI model, skip tracking (dev only)."),
        option("top", "k", description="Number of excerpts.", flag=False, default="5"),
    ]

    def handle(self) -> int:
        question = " ".join(self.argument("question"))
        models = self.settings.models
        index = DocsIndex.load(Path(self.option("index")), self.app.registry, models.embed, models.rerank)
        hits = index.search(question, rerank_top=int(self.option("top")))
        context = "\n\n".join(f"[{h.path}]\n{h.text}" for h in hits)
        prompt = f"Documentation excerpts:\n{context}\n\nQuestion: {question}"

        if self.option("fast"):
            completion = self.app.openai.chat.completions.create(
                model=models.fallback,
                messages=[{"role": "system", "content": ANSWER_SYSTEM}, {"role": "user", "content": prompt}],
            )
            self.line(completion.choices[0].message.content)
            return 0

        self.line(asyncio.run(self._answer(prompt, models.review)))
        return 0

    async def _answer(self, prompt: str, model: str) -> str:
        client = make_async_anthropic_client(self.settings)
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context="ask") as usage_log:
            message = await client.messages.create(
                model=model,
                max_tokens=1500,
                system=ANSWER_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return message.content[0].text


class IndexCommand(DocsCommand):
    name = "index"
    description = "Build the semantic search index used by `ask`."
    arguments = [argument("root", description="Docs root.", optional=True)]
    options = [
        option("output", "o", description="Index file.", flag=False, default=".docsbot-index.json"),
        option("embedder", None, description="openai (default) or cohere", flag=False, default="openai"),
    ]

    def handle(self) -> int:
        root = Path(self.argument("root") or self.settings.docs_root)
        models = self.settings.models
        index = DocsIndex(self.app.registry, models.embed, models.rerank)
        files = iter_markdown_files(root)

        with self.io.output.section() as section:  # type: ignore[attr-defined]
            for n, file in enumerate(files, 1):
                section.overwrite(f"[{n}/{len(files)}] {file}")
                chunks = split_markdown(file.read_text(), max_chars=2000)
                if self.option("embedder") == "cohere":
                    self._add_with_cohere(index, str(file), chunks)
                else:
                    index.add(str(file), chunks)

        index.save(Path(self.option("output")))
        self.line(f"<info>Indexed {len(index.chunks)} chunks from {len(files)} files.</info>")
        return 0

    def _add_with_cohere(self, index: DocsIndex, path: str, chunks: list[str]) -> None:
        response = self.app.cohere.embed(
            texts=chunks,
            model="embed-english-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
        for text, vector in zip(chunks, response.embeddings.float_):
            index.chunks.append(Chunk(path, text, vector))
