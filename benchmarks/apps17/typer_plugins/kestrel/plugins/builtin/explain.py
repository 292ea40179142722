"""`kestrel explain` - explain a file or a symbol in plain English."""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Optional

import httpx
import typer
from rich.console import Console
from rich.markdown import Markdown

from kestrel.plugins.base import KestrelPlugin, PluginContext
from kestrel.providers import ollama_rest
from kestrel.providers.clients import hf_client
from kestrel.utils.text import fit_to_budget

console = Console()

SYSTEM = "You explain code to experienced engineers who are new to this codebase. Be concise."


def _extract_symbol(source: str, symbol: str) -> Optional[str]:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == symbol:
            return ast.get_source_segment(source, node)
    return None


def _explain_local(code: str, model: str) -> None:
    import ollama

    stream = ollama.chat(
        model=model,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": code}],
        stream=True,
    )
    for part in stream:
        console.print(part["message"]["content"], end="")
    console.print()


def _explain_local_no_sdk(code: str, model: str) -> str:
    # used on the CI images where the ollama wheel is not installed
    resp = httpx.post(
        ollama_rest.CHAT_URL,
        json={
            "model": model,
            "stream": False,
            "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": code}],
        },
        timeout=120.0,
    )
    resp.raise_for_status()
    return resp.json()["message"]["content"]


def _explain_hosted(code: str, model: str) -> None:
    prompt = f"{SYSTEM}\n\n```python\n{code}\n```\n\nExplanation:"
    for token in hf_client().text_generation(prompt, model=model, max_new_tokens=600, stream=True):
        console.print(token, end="")
    console.print()


class ExplainPlugin(KestrelPlugin):
    name = "explain"
    version = "0.9.2"
    description = "Explain a file or symbol"

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:
        cfg = ctx.settings.providers

        @app.command("explain")
        def explain(
            path: Path = typer.Argument(..., exists=True, dir_okay=False),
            symbol: Optional[str] = typer.Option(None, "--symbol", "-s"),
            local: bool = typer.Option(True, "--local/--hosted", help="Use the local Ollama model"),
        ) -> None:
            """Explain PATH (or one SYMBOL inside it)."""
            source = path.read_text(encoding="utf-8")
            code = _extract_symbol(source, symbol) if symbol else source
            if code is None:
                raise typer.BadParameter(f"{symbol} not found in {path}")
            code = fit_to_budget(code, "gpt-4o", 6000)
            if not local:
                _explain_hosted(code, cfg.hf_model)
                return
            try:
                _explain_local(code, cfg.ollama_model)
            except ImportError:
                console.print(Markdown(_explain_local_no_sdk(code, cfg.ollama_model)))
