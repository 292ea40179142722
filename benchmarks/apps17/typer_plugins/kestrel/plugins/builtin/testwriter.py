"""`kestrel write-tests` - draft pytest tests for a module."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from kestrel.plugins.base import KestrelPlugin, PluginContext
from kestrel.providers.clients import async_together_client, ollama_async_client
from kestrel.utils.text import strip_code_fences

console = Console()

INSTRUCTIONS = (
    "Write pytest tests for the following Python module. Use plain asserts and fixtures, "
    "no classes. Mock network and filesystem access. Output a single Python file."
)


class TestWriterPlugin(KestrelPlugin):
    name = "testwriter"
    version = "0.3.1"
    description = "Draft pytest tests for modules"

    def __init__(self) -> None:
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = async_together_client()
        return self._client

    async def draft(self, module: Path, model: str, local: bool = False) -> str:
        source = module.read_text(encoding="utf-8")
        messages = [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": f"# {module.name}\n{source}"},
        ]
        if local:
            reply = await ollama_async_client().chat(model=model, messages=messages, options={"temperature": 0.1})
            return strip_code_fences(reply.message.content)
        completion = await self.client.chat.completions.create(
            model=model, messages=messages, max_tokens=2048, temperature=0.1
        )
        return strip_code_fences(completion.choices[0].message.content or "")

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:
        cfg = ctx.settings.providers

        @app.command("write-tests")
        def write_tests(
            modules: List[Path] = typer.Argument(..., exists=True, dir_okay=False),
            out_dir: Path = typer.Option(Path("tests/generated"), "--out"),
            local: bool = typer.Option(False, help="Use the local Ollama model"),
            model: Optional[str] = typer.Option(None),
        ) -> None:
            """Draft tests for each of MODULES into OUT_DIR."""
            chosen = model or (cfg.ollama_model if local else cfg.chat_model)

            async def run() -> List[str]:
                return await asyncio.gather(*(self.draft(m, chosen, local) for m in modules))

            out_dir.mkdir(parents=True, exist_ok=True)
            for module, code in zip(modules, asyncio.run(run())):
                target = out_dir / f"test_{module.stem}.py"
                target.write_text(code + "\n", encoding="utf-8")
                console.print(f"wrote {target}")
