"""`docsbot compare`: run the same prompt through every configured provider.

Written for the Q3 model bake-off; kept because the writers like it for
spot-checking tone. Intentionally bypasses multi_model_service so that each
vendor is called with its native parameters.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from cleo.helpers import argument, option

from llmtool.commands.base import DocsCommand
from llmtool.helpers import print_table

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-haiku-20240307",
    "cohere": "command-r",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
}


@dataclass
class Answer:
    provider: str
    model: str
    text: str
    seconds: float


def _ask_openai(client: Any, model: str, prompt: str) -> str:
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=600)
    return resp.choices[0].message.content


def _ask_anthropic(client: Any, model: str, prompt: str) -> str:
    msg = client.messages.create(model=model, max_tokens=600, messages=[{"role": "user", "content": prompt}])
    return msg.content[0].text


def _ask_cohere(client: Any, model: str, prompt: str) -> str:
    res = client.chat(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=600)
    return res.message.content[0].text


def _ask_together(client: Any, model: str, prompt: str) -> str:
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=600)
    return resp.choices[0].message.content


ASKERS: dict[str, Callable[[Any, str, str], str]] = {
    "openai": _ask_openai,
    "anthropic": _ask_anthropic,
    "cohere": _ask_cohere,
    "together": _ask_together,
}


class CompareCommand(DocsCommand):
    name = "compare"
    description = "Send one prompt to several providers and show the answers side by side."
    arguments = [argument("prompt", description="Prompt text, or @file to read it from a file.")]
    options = [
        option("provider", "p", description="Providers to include.", flag=False, multiple=True),
        option("table", None, description="Only print timings."),
    ]

    def handle(self) -> int:
        prompt = self.argument("prompt")
        if prompt.startswith("@"):
            with open(prompt[1:], encoding="utf-8") as fh:
                prompt = fh.read()
        providers = self.option("provider") or list(ASKERS)
        registry = self.app.registry

        def run(name: str) -> Answer:
            model = DEFAULT_MODELS[name]
            started = time.perf_counter()
            text = ASKERS[name](registry.get(name), model, prompt)
            return Answer(name, model, text, time.perf_counter() - started)

        with ThreadPoolExecutor(max_workers=len(providers)) as pool:
            answers = list(pool.map(run, providers))

        if self.option("table"):
            print_table(self.io, ["provider", "model", "seconds"], [[a.provider, a.model, f"{a.seconds:.1f}"] for a in answers])
            return 0
        for a in answers:
            self.line(f"\n<comment>== {a.provider} ({a.model}, {a.seconds:.1f}s) ==</comment>")
            self.line(a.text)
        return 0
