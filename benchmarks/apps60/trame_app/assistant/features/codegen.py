"""Write pandas analysis code for the loaded dataset."""
from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass

import anthropic

from assistant.data.loaders import Dataset
from assistant.llm.prompts import SYSTEM_ANALYST, WRITE_CODE, render

CODE_BLOCK = re.compile(r"```(?:python)?\n(.*?)```", re.DOTALL)


@dataclass
class GeneratedCode:
    source: str
    valid: bool
    error: str | None = None


class CodeTemplate:
    """Local fallback used when no provider is configured."""

    SNIPPETS = {
        "describe": "def analyze(df):\n    return df.describe()\n",
        "correlation": "def analyze(df):\n    return df.select_dtypes('number').corr()\n",
        "missing": "def analyze(df):\n    return df.isna().mean().sort_values(ascending=False)\n",
    }

    def generate(self, task: str) -> str:
        for key, snippet in self.SNIPPETS.items():
            if key in task.lower():
                return snippet
        return self.SNIPPETS["describe"]


def extract_code(text: str) -> str:
    match = CODE_BLOCK.search(text)
    return textwrap.dedent(match.group(1) if match else text).strip() + "\n"


def validate(source: str) -> GeneratedCode:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return GeneratedCode(source, False, f"line {exc.lineno}: {exc.msg}")
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    if "analyze" not in names:
        return GeneratedCode(source, False, "no analyze(df) function")
    return GeneratedCode(source, True)


class CodeWriter:
    """Keeps one Anthropic client; the app creates a single instance."""

    def __init__(self, client: anthropic.Anthropic, model: str, max_retries: int = 2):
        self.client = client
        self.model = model
        self.max_retries = max_retries
        self.fallback = CodeTemplate()

    def write(self, dataset: Dataset, task: str) -> GeneratedCode:
        prompt = render(WRITE_CODE, task=task, schema=dataset.schema())
        messages = [{"role": "user", "content": prompt}]
        last: GeneratedCode | None = None
        for _ in range(self.max_retries + 1):
            reply = self.client.messages.create(
                model=self.model,
                max_tokens=2000,
                system=SYSTEM_ANALYST,
                messages=messages,
            )
            text = reply.content[0].text
            last = validate(extract_code(text))
            if last.valid:
                return last
            messages += [
                {"role": "assistant", "content": text},
                {"role": "user", "content": f"That code is invalid ({last.error}). Fix it."},
            ]
        return last or GeneratedCode(self.fallback.generate(task), True)

    def offline(self, task: str) -> GeneratedCode:
        return validate(self.fallback.generate(task))
