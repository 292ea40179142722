"""Planner: breaks a goal into steps with a small, cheap model before the agent loop starts."""
from __future__ import annotations

import json
import logging
from typing import Optional, Sequence

from pydantic import ValidationError

from agentd.container import container
from agentd.context import get_request_client
from agentd.errors import PlanningError
from agentd.models import Plan
from agentd.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

PLANNER_INSTRUCTIONS = """\
You plan work for a tool-using assistant. Break the goal into at most 6 concrete steps.
Only reference tools from the provided list; use null when a step needs no tool.
Set needs_clarification when the goal is ambiguous enough that planning would be guesswork."""


class Planner:
    def __init__(self, model: Optional[str] = None, fast_model: Optional[str] = None) -> None:
        self.model = model or container.settings.planner_model
        self.fast_model = fast_model or container.settings.groq_fast_model

    async def plan(self, goal: str, tool_names: Sequence[str]) -> Plan:
        prompt = f"Goal: {goal}\nAvailable tools: {', '.join(tool_names) or '(none)'}"
        client = get_request_client()
        try:
            response = await client.responses.parse(
                model=self.model,
                instructions=PLANNER_INSTRUCTIONS,
                input=prompt,
                text_format=Plan,
                max_output_tokens=800,
                temperature=0,
            )
        except Exception as exc:  # any vendor error: fall back to the fast path
            log.warning("planner primary model failed (%s); using fast model", type(exc).__name__)
            return await self._plan_fast(prompt)

        plan = response.output_parsed
        if plan is None:
            return await self._plan_fast(prompt)
        return self._sanitize(plan, tool_names)

    async def _plan_fast(self, prompt: str) -> Plan:
        schema_hint = json.dumps(Plan.model_json_schema())
        completion = await container.groq_compat.chat.completions.create(
            model=self.fast_model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": f"{PLANNER_INSTRUCTIONS}\nRespond with JSON matching: {schema_hint}"},
                {"role": "user", "content": prompt},
            ],
            temperature=0,
            max_tokens=800,
        )
        try:
            return Plan.model_validate_json(completion.choices[0].message.content or "{}")
        except ValidationError as exc:
            raise PlanningError(f"fast planner returned an invalid plan: {exc.error_count()} errors") from exc

    @staticmethod
    def _sanitize(plan: Plan, tool_names: Sequence[str]) -> Plan:
        known = set(tool_names)
        for step in plan.steps:
            if step.tool is not None and step.tool not in known:
                log.info("planner referenced unknown tool %s; dropping it", step.tool)
                step.tool = None
        return plan

    async def explain(self, plan: Plan) -> str:
        """Plain-language rationale for the plan, shown to the user before execution."""
        steps = "\n".join(f"{i + 1}. {s.description}" for i, s in enumerate(plan.steps))
        return await multi_model_service.generate_response(
            prompt=f"Explain briefly why these steps achieve the goal '{plan.goal}':\n{steps}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
