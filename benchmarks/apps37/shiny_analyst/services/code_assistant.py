"""Natural-language -> pandas code, executed in a restricted namespace."""
from __future__ import annotations

import ast
import logging
import re

import anthropic
import numpy as np
import pandas as pd

from config import get_settings
from services import prompts

log = logging.getLogger(__name__)

_FENCE = re.compile(r"```(?:python)?\n(.*?)```", re.S)
_BANNED = {"open", "exec", "eval", "__import__", "compile", "input"}


class UnsafeCode(ValueError):
    pass


def extract_code(text: str) -> str:
    m = _FENCE.search(text)
    return (m.group(1) if m else text).strip()


def check_code(code: str) -> None:
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            raise UnsafeCode("imports are not allowed")
        if isinstance(node, ast.Name) and node.id in _BANNED:
            raise UnsafeCode(f"{node.id} is not allowed")
        if isinstance(node, ast.Attribute) and node.attr.startswith("__"):
            raise UnsafeCode("dunder access is not allowed")


def run_code(code: str, df: pd.DataFrame):
    check_code(code)
    tree = ast.parse(code)
    env = {"df": df.copy(), "pd": pd, "np": np}
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.Expr):
        body = ast.Module(body=tree.body[:-1], type_ignores=[])
        exec(compile(body, "<analyst>", "exec"), env)  # noqa: S102
        return eval(compile(ast.Expression(last.value), "<analyst>", "eval"), env)  # noqa: S307
    exec(compile(tree, "<analyst>", "exec"), env)  # noqa: S102
    return env.get("result")


class CodeAssistant:
    """Asks Claude for pandas code. The client is injected by the server."""

    def __init__(self, client: anthropic.AsyncAnthropic, model: str | None = None):
        self._client = client
        self._model = model or get_settings().claude_model

    async def write_code(self, df: pd.DataFrame, question: str) -> str:
        message = await self._client.messages.create(
            model=self._model,
            max_tokens=1200,
            system=prompts.CODEGEN_SYSTEM,
            messages=[{"role": "user", "content": prompts.codegen_prompt(df, question)}],
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return extract_code(text)

    async def fix_code(self, df: pd.DataFrame, question: str, code: str, error: str) -> str:
        message = await self._client.messages.create(
            model=self._model,
            max_tokens=1200,
            system=prompts.CODEGEN_SYSTEM,
            messages=[
                {"role": "user", "content": prompts.codegen_prompt(df, question)},
                {"role": "assistant", "content": f"```python\n{code}\n```"},
                {"role": "user", "content": f"That failed with:\n{error}\nFix it."},
            ],
        )
        return extract_code("".join(b.text for b in message.content if b.type == "text"))

    async def answer(self, df: pd.DataFrame, question: str, attempts: int = 2):
        code = await self.write_code(df, question)
        for i in range(attempts):
            try:
                return code, run_code(code, df)
            except UnsafeCode:
                raise
            except Exception as exc:  # noqa: BLE001
                log.info("codegen attempt %d failed: %s", i, exc)
                if i == attempts - 1:
                    raise
                code = await self.fix_code(df, question, code, repr(exc))
        return code, None

    async def prompt_size(self, df: pd.DataFrame, question: str) -> int:
        counted = await self._client.messages.count_tokens(
            model=self._model,
            system=prompts.CODEGEN_SYSTEM,
            messages=[{"role": "user", "content": prompts.codegen_prompt(df, question)}],
        )
        return counted.input_tokens
