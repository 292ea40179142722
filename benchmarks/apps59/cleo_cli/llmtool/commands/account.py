"""Account-level commands: model listing, cost estimates, tracked usage."""
from __future__ import annotations

from pathlib import Path

import tiktoken
from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.helpers import print_table
from llmtool.providers.anthropic_provider import count_prompt_tokens
from llmtool.providers.litellm_provider import count_tokens
from llmtool.providers.openai_provider import list_chat_models
from llmtool.textutil import iter_markdown_files


class ModelsCommand(DocsCommand):
    name = "models"
    description = "List models available to your API keys."
    options = [option("provider", "p", description="Only this provider.", flag=False)]

    def handle(self) -> int:
        wanted = self.option("provider")
        rows: list[list[str]] = []
        if wanted in (None, "openai"):
            rows += [["openai", m] for m in list_chat_models(self.app.openai)]
        if wanted in (None, "anthropic"):
            page = self.app.anthropic.models.list(limit=50)
            rows += [["anthropic", m.id] for m in page.data]
        if wanted in (None, "together"):
            together = self.app.registry.get("together")
            rows += [["together", m.id] for m in together.models.list() if m.type == "chat"]
        if wanted in (None, "cohere"):
            listing = self.app.cohere.models.list(endpoint="chat")
            rows += [["cohere", m.name] for m in listing.models]
        print_table(self.io, ["provider", "model"], rows)
        return 0


# USD per 1M input tokens, updated by hand (see #212)
PRICES = {
    "gpt-4o": 2.50,
    "gpt-4o-mini": 0.15,
    "claude-3-5-sonnet-20240620": 3.00,
    "command-r-plus": 2.50,
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": 0.88,
}


class CostCommand(DocsCommand):
    name = "cost"
    description = "Estimate the input cost of running a command over a docs tree."
    arguments = [argument("path", description="File or directory.")]
    options = [
        option("model", "m", description="Model to price.", flag=False, default="gpt-4o"),
        option("exact", None, description="Use the provider tokenizer endpoint when available."),
    ]

    def handle(self) -> int:
        model = self.option("model")
        files = iter_markdown_files(Path(self.argument("path")))
        total = 0
        for file in files:
            text = file.read_text()
            total += self._count(text, model)
        price = PRICES.get(model)
        self.line(f"{len(files)} files, <info>{total:,}</info> input tokens")
        if price is not None:
            self.line(f"≈ ${total / 1_000_000 * price:.2f} per pass with {model}")
        else:
            self.line("<comment>No price on file for that model.</comment>")
        return 0

    def _count(self, text: str, model: str) -> int:
        if model.startswith("gpt-"):
            enc = tiktoken.encoding_for_model(model)
            return len(enc.encode(text))
        if model.startswith("claude") and self.option("exact"):
            return count_prompt_tokens(text, model)
        if model.startswith("command"):
            return len(self.app.cohere.tokenize(text=text, model=model).tokens)
        return count_tokens(model, text)


class UsageCommand(DocsCommand):
    name = "usage"
    description = "Show tracked token usage by provider and model."

    def handle(self) -> int:
        totals = self.app.tracker.totals()
        if not totals:
            self.line("<comment>No tracked usage yet.</comment>")
            return 0
        rows = [[k, f"{v:,}"] for k, v in sorted(totals.items(), key=lambda kv: -kv[1])]
        print_table(self.io, ["provider:model", "tokens"], rows)
        return 0
