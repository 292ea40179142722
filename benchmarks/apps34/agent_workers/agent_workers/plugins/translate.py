"""Translate plugin: Anthropic Messages API."""
from __future__ import annotations

from typing import TYPE_CHECKING

from anthropic import AsyncAnthropic

from agent_workers.models import Task, TaskResult
from agent_workers.plugins._prompts import TRANSLATE_SYSTEM, render_glossary
from agent_workers.plugins.base import WorkerPlugin
from agent_workers.retry import with_retries

if TYPE_CHECKING:
    from agent_workers.toolbox import Toolbox

CHUNK_CHARS = 12_000
MAX_CONTEXT_TOKENS = 180_000


def split_paragraphs(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    chunks: list[str] = []
    current = ""
    for para in text.split("\n\n"):
        if current and len(current) + len(para) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        chunks.append(current)
    return chunks


async def translate_chunk(client: AsyncAnthropic, model: str, system: str, chunk: str) -> tuple[str, int, int]:
    msg = await with_retries(
        client.messages.create,
        model=model,
        max_tokens=8192,
        system=system,
        messages=[{"role": "user", "content": chunk}],
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return text, msg.usage.input_tokens, msg.usage.output_tokens


class TranslatePlugin(WorkerPlugin):
    kind = "translate"

    async def handle(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        self.require(task, "text", "target")
        model = task.payload.get("model") or toolbox.settings.models.translate
        system = TRANSLATE_SYSTEM.format(source=task.payload.get("source", "auto-detect"), target=task.payload["target"])
        if glossary := task.payload.get("glossary"):
            system += "\n\n" + render_glossary(glossary)

        # Pre-flight size check; count_tokens is free and does not run the model.
        counted = await toolbox.anthropic.messages.count_tokens(
            model=model, system=system, messages=[{"role": "user", "content": task.payload["text"]}]
        )
        if counted.input_tokens > MAX_CONTEXT_TOKENS:
            return TaskResult.failed(task, f"input too large ({counted.input_tokens} tokens)")

        if task.payload.get("detect_only"):
            return await self._detect_language(task, toolbox)

        parts: list[str] = []
        tin = tout = 0
        for chunk in split_paragraphs(task.payload["text"]):
            text, i, o = await translate_chunk(toolbox.anthropic, model, system, chunk)
            parts.append(text)
            tin += i
            tout += o
        return TaskResult.ok(task, {"translation": "\n\n".join(parts)}, model=model, input_tokens=tin, output_tokens=tout)

    async def _detect_language(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        model = "claude-3-5-haiku-latest"
        async with toolbox.tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="translate.detect", tenant=task.tenant
        ) as usage_log:
            msg = await toolbox.anthropic.messages.create(
                model=model,
                max_tokens=16,
                messages=[{"role": "user", "content": f"ISO 639-1 code of this text, nothing else:\n{task.payload['text'][:2000]}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return TaskResult.ok(task, {"language": msg.content[0].text.strip()}, model=model)

    async def stream_preview(self, text: str, target: str) -> str:
        """Used by the admin CLI to eyeball a translation while it streams."""
        assert self.toolbox is not None, "setup() not called"
        out: list[str] = []
        async with self.toolbox.anthropic.messages.stream(
            model=self.toolbox.settings.models.translate,
            max_tokens=2048,
            system=TRANSLATE_SYSTEM.format(source="auto-detect", target=target),
            messages=[{"role": "user", "content": text}],
        ) as stream:
            async for piece in stream.text_stream:
                out.append(piece)
                print(piece, end="", flush=True)
        return "".join(out)


GLOSSARY_TOOL = {
    "name": "record_glossary",
    "description": "Record domain terms and their fixed translations.",
    "input_schema": {
        "type": "object",
        "properties": {
            "terms": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"source": {"type": "string"}, "target": {"type": "string"}},
                    "required": ["source", "target"],
                },
            }
        },
        "required": ["terms"],
    },
}


class GlossaryExtractor:
    """Pulls a term glossary out of a reference document (used before big translation jobs)."""

    def __init__(self, client: AsyncAnthropic, model: str = "claude-sonnet-4-20250514") -> None:
        self._messages = client.messages
        self.model = model

    async def extract(self, reference: str, target: str) -> dict[str, str]:
        msg = await self._messages.create(
            model=self.model,
            max_tokens=4096,
            tools=[GLOSSARY_TOOL],
            tool_choice={"type": "tool", "name": "record_glossary"},
            messages=[
                {
                    "role": "user",
                    "content": f"Extract up to 50 domain terms from this text with their {target} translations:\n\n{reference}",
                }
            ],
        )
        for block in msg.content:
            if block.type == "tool_use" and block.name == "record_glossary":
                return {t["source"]: t["target"] for t in block.input.get("terms", [])}
        return {}
