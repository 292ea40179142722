"""Essay grading for written assignments.

Uses the FastAPI-side dependencies (via taskiq-fastapi) because grading was first written as
an API endpoint and moved to a task when it got slow. The rubric comes from the tracked
multi-model service; the feedback itself does not go through it yet (see LRN-1412).
"""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

from fastapi import Request
from openai import AsyncOpenAI
from taskiq import Context, TaskiqDepends

from app.dependencies import get_content_store, get_openai_client
from app.services import TaskComplexity, multi_model_service
from app.services.content_store import Artefact, ContentStore
from workers.broker import broker

logger = logging.getLogger(__name__)

FEEDBACK_INSTRUCTIONS = """You are a supportive writing tutor. Using the rubric, give the
student feedback: two strengths, two concrete improvements, and a score per criterion.
Return JSON: {"scores": {criterion: 0-4}, "strengths": [...], "improvements": [...]}"""

LOOKUP_TOOL = {
    "name": "lookup_lesson_passage",
    "description": "Fetch the passage of the lesson that a claim in the essay refers to.",
    "input_schema": {
        "type": "object",
        "properties": {"query": {"type": "string"}},
        "required": ["query"],
    },
}


class RubricEngine:
    """Builds (and caches) grading rubrics per assignment prompt."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    async def generate(self, assignment_prompt: str, course_id: str) -> str:
        if assignment_prompt in self._cache:
            return self._cache[assignment_prompt]
        rubric = await multi_model_service.generate_response(
            prompt=f"Write a 4-criterion grading rubric (0-4 scale) for this assignment:\n\n{assignment_prompt}",
            task_type="rubric",
            complexity=TaskComplexity.STANDARD,
            course_id=course_id,
        )
        self._cache[assignment_prompt] = rubric
        return rubric


rubrics = RubricEngine()


@broker.task(task_name="content.grading.grade_essay", retry_on_error=True, max_retries=1)
async def grade_essay(
    submission_id: str,
    lesson_id: str,
    assignment_prompt: str,
    text: str,
    openai: Annotated[AsyncOpenAI, TaskiqDepends(get_openai_client)],
    store: Annotated[ContentStore, TaskiqDepends(get_content_store)],
    request: Annotated[Request, TaskiqDepends()],
) -> dict[str, Any]:
    lesson = await store.get_lesson(lesson_id)
    rubric = await rubrics.generate(assignment_prompt, lesson.course_id)

    response = await openai.responses.create(
        model="gpt-4.1-mini",
        instructions=FEEDBACK_INSTRUCTIONS,
        input=f"Rubric:\n{rubric}\n\nAssignment:\n{assignment_prompt}\n\nEssay:\n{text}",
        text={"format": {"type": "json_object"}},
        max_output_tokens=1200,
        store=False,
    )
    feedback = json.loads(response.output_text)
    feedback["model"] = response.model
    feedback["flagged"] = request.app.state.feature_flags.get("grading_v2", False)
    await store.create(Artefact(lesson_id=lesson_id, kind=f"feedback:{submission_id}", payload=feedback))
    return feedback


@broker.task(task_name="content.grading.fact_check_essay")
async def fact_check_essay(
    submission_id: str,
    lesson_id: str,
    text: str,
    context: Annotated[Context, TaskiqDepends()],
) -> list[dict]:
    """Claude with a lookup tool: checks factual claims in the essay against the lesson."""
    store: ContentStore = context.state.store
    client = context.state.anthropic
    lesson = await store.get_lesson(lesson_id)
    messages: list[dict] = [
        {
            "role": "user",
            "content": f"List factual claims in this essay that contradict the lesson '{lesson.title}'. "
            f"Use the tool to check passages.\n\n{text}",
        }
    ]
    for _ in range(4):
        reply = await client.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=1500,
            tools=[LOOKUP_TOOL],
            messages=messages,
        )
        if reply.stop_reason != "tool_use":
            break
        messages.append({"role": "assistant", "content": reply.content})
        results = []
        for block in reply.content:
            if block.type == "tool_use":
                passage = _find_passage(lesson.body, block.input["query"])
                results.append({"type": "tool_result", "tool_use_id": block.id, "content": passage})
        messages.append({"role": "user", "content": results})

    issues = [{"note": b.text} for b in reply.content if b.type == "text"]
    await store.create(Artefact(lesson_id=lesson_id, kind=f"factcheck:{submission_id}", payload={"issues": issues}))
    return issues


def _find_passage(body: str, query: str, width: int = 800) -> str:
    lowered = body.lower()
    words = [w for w in query.lower().split() if len(w) > 3]
    best = max(range(0, max(1, len(body) - width), width // 2), key=lambda i: sum(lowered[i : i + width].count(w) for w in words), default=0)
    return body[best : best + width]
