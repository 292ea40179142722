"""Summarise plugin: OpenAI Responses API, Gemini as fallback."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import openai
from google.genai import types as genai_types

from agent_workers.costs import count_tokens, truncate_to_tokens
from agent_workers.models import Task, TaskResult
from agent_workers.plugins._prompts import SUMMARISE_SYSTEM
from agent_workers.plugins.base import WorkerPlugin
from agent_workers.services import TaskComplexity, multi_model_service

if TYPE_CHECKING:
    from agent_workers.toolbox import Toolbox

MAX_INPUT_TOKENS = 96_000
SHORT_TEXT_TOKENS = 400


class SummarisePlugin(WorkerPlugin):
    kind = "summarise"

    async def setup(self, toolbox: "Toolbox") -> None:
        await super().setup(toolbox)
        self.client = toolbox.openai
        self.fallback = toolbox.genai
        self.model = toolbox.settings.models.summarise
        self.fallback_model = toolbox.settings.models.summarise_fallback

    async def handle(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        self.require(task, "text")
        text: str = task.payload["text"]
        style = task.payload.get("style", "bullet points")
        words = int(task.payload.get("words", 150))

        if count_tokens(text) < SHORT_TEXT_TOKENS:
            # Short inputs go through the shared tracked service (cheap tier).
            resp = await multi_model_service.generate_response(
                prompt=f"Summarise in {words} words as {style}:\n\n{text}",
                task_type="summarise_short",
                complexity=TaskComplexity.SIMPLE,
                tenant=task.tenant,
            )
            return TaskResult.ok(task, {"summary": resp["content"]}, model=resp["model"])

        text = truncate_to_tokens(text, MAX_INPUT_TOKENS)
        instructions = SUMMARISE_SYSTEM.format(style=style, words=words)
        if task.payload.get("map_reduce"):
            return await self.map_reduce(task, text, instructions)
        if task.payload.get("stream"):
            return await self._stream(task, text, instructions)
        try:
            response = await self.client.responses.create(
                model=self.model,
                instructions=instructions,
                input=text,
                max_output_tokens=words * 4,
                metadata={"task_id": task.id, "tenant": task.tenant},
            )
        except (openai.RateLimitError, openai.APIStatusError) as exc:
            self.log.warning("openai failed (%s), falling back to gemini", exc)
            return await self._gemini(task, text, instructions)
        return TaskResult.ok(
            task,
            {"summary": response.output_text},
            model=response.model,
            input_tokens=response.usage.input_tokens,
            output_tokens=response.usage.output_tokens,
        )

    async def map_reduce(self, task: Task, text: str, instructions: str, chunk_chars: int = 40_000) -> TaskResult:
        """For very long documents: summarise chunks in parallel, then summarise the summaries."""
        chunks = [text[i : i + chunk_chars] for i in range(0, len(text), chunk_chars)]
        partials = await asyncio.gather(
            *[
                self.client.responses.create(model=self.model, instructions=instructions, input=chunk)
                for chunk in chunks
            ]
        )
        joined = "\n\n".join(p.output_text for p in partials)
        tin = sum(p.usage.input_tokens for p in partials)
        tout = sum(p.usage.output_tokens for p in partials)
        resp = await multi_model_service.generate_response(
            prompt=f"Merge these partial summaries into one:\n\n{joined}",
            task_type="summarise_reduce",
            complexity=TaskComplexity.STANDARD,
            system=instructions,
            tenant=task.tenant,
        )
        return TaskResult.ok(task, {"summary": resp["content"], "chunks": len(chunks)}, model=self.model, input_tokens=tin, output_tokens=tout)

    async def _stream(self, task: Task, text: str, instructions: str) -> TaskResult:
        chunks: list[str] = []
        async with self.client.responses.stream(
            model=self.model, instructions=instructions, input=text
        ) as stream:
            async for event in stream:
                if event.type == "response.output_text.delta":
                    chunks.append(event.delta)
                    if self.toolbox and "progress" in self.toolbox.extras:
                        await self.toolbox.extras["progress"](task.id, len(chunks))
            final = await stream.get_final_response()
        return TaskResult.ok(
            task,
            {"summary": "".join(chunks)},
            model=final.model,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
        )

    async def _gemini(self, task: Task, text: str, instructions: str) -> TaskResult:
        result = await self.fallback.aio.models.generate_content(
            model=self.fallback_model,
            contents=text,
            config=genai_types.GenerateContentConfig(system_instruction=instructions, temperature=0.2),
        )
        meta = result.usage_metadata
        return TaskResult.ok(
            task,
            {"summary": result.text, "fallback": True},
            model=self.fallback_model,
            input_tokens=meta.prompt_token_count or 0,
            output_tokens=meta.candidates_token_count or 0,
        )
