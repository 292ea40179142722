"""Research plugin.  Uses LiteLLM so the model can be swapped per tenant by config."""
from __future__ import annotations

import asyncio
import functools
import math
from typing import TYPE_CHECKING, Any

import litellm
from google.genai import types as genai_types

from agent_workers.models import Task, TaskResult
from agent_workers.plugins._prompts import RESEARCH_PLANNER, RESEARCH_SYNTH
from agent_workers.plugins.base import WorkerPlugin

if TYPE_CHECKING:
    from agent_workers.toolbox import Toolbox

litellm.drop_params = True
MAX_SUBQUESTIONS = 5


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ResearchPlugin(WorkerPlugin):
    kind = "research"

    async def setup(self, toolbox: "Toolbox") -> None:
        await super().setup(toolbox)
        self.model = toolbox.settings.models.research
        self.embedding_model = toolbox.settings.models.research_embedding
        self._ask = functools.partial(litellm.acompletion, model=self.model, temperature=0.3, num_retries=2)
        self._search = toolbox.genai

    async def plan(self, question: str) -> list[str]:
        resp = await self._ask(
            messages=[
                {"role": "system", "content": RESEARCH_PLANNER.format(n=MAX_SUBQUESTIONS)},
                {"role": "user", "content": question},
            ]
        )
        lines = [l.strip() for l in resp.choices[0].message.content.splitlines() if l.strip()]
        return lines[:MAX_SUBQUESTIONS]

    async def search(self, sub_question: str) -> dict[str, Any]:
        # Gemini with Google Search grounding does the actual web lookup.
        result = await self._search.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents=sub_question,
            config=genai_types.GenerateContentConfig(tools=[genai_types.Tool(google_search=genai_types.GoogleSearch())]),
        )
        sources = []
        for cand in result.candidates or []:
            gm = cand.grounding_metadata
            for chunk in (gm.grounding_chunks or []) if gm else []:
                if chunk.web:
                    sources.append({"title": chunk.web.title, "uri": chunk.web.uri})
        return {"question": sub_question, "note": result.text, "sources": sources}

    async def rank(self, question: str, notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        emb = await litellm.aembedding(model=self.embedding_model, input=[question] + [n["note"] for n in notes])
        vectors = [row["embedding"] for row in emb.data]
        qv, rest = vectors[0], vectors[1:]
        scored = sorted(zip(notes, rest), key=lambda p: _cosine(qv, p[1]), reverse=True)
        return [n for n, _ in scored]

    async def handle(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        self.require(task, "question")
        question = task.payload["question"]
        subqs = await self.plan(question)
        notes = await asyncio.gather(*(self.search(q) for q in subqs))
        notes = await self.rank(question, list(notes))
        notes_text = "\n".join(f"[{i + 1}] {n['note']}" for i, n in enumerate(notes))
        prompt = RESEARCH_SYNTH.format(question=question, notes=notes_text)

        # Budget guard: token_counter / completion_cost are local computations.
        prompt_tokens = litellm.token_counter(model=self.model, text=prompt)
        if prompt_tokens > 100_000:
            prompt = prompt[: len(prompt) // 2]

        final = await litellm.acompletion(
            model=task.payload.get("model", self.model),
            messages=[{"role": "user", "content": prompt}],
            max_tokens=1500,
        )
        cost = litellm.completion_cost(completion_response=final)
        return TaskResult.ok(
            task,
            {
                "answer": final.choices[0].message.content,
                "sources": [s for n in notes for s in n["sources"]],
                "cost_usd": cost,
            },
            model=final.model,
            input_tokens=final.usage.prompt_tokens,
            output_tokens=final.usage.completion_tokens,
        )

    async def quick_check(self, claim: str) -> bool:
        """Cheap yes/no fact check via the Gemini token counter + a tiny generation."""
        tokens = self._search.models.count_tokens(model="gemini-2.0-flash", contents=claim)
        if tokens.total_tokens > 2000:
            return False
        resp = self._search.models.generate_content(
            model="gemini-2.0-flash", contents=f"Answer only yes or no. Is this true? {claim}"
        )
        return (resp.text or "").strip().lower().startswith("yes")
