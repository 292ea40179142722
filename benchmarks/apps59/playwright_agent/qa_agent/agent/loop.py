"""The core observe -> decide -> act loop.

The vision model gets a screenshot each turn and answers with one action.
If the OpenAI call fails we fall back to Claude with the same screenshot.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from anthropic import APIError as AnthropicAPIError
from openai import APIError, AsyncOpenAI

from qa_agent.agent.actions import Action, ActionType, parse_action
from qa_agent.agent.critic import Critic
from qa_agent.agent.planner import Planner
from qa_agent.agent.prompts import SYSTEM_PROMPT
from qa_agent.browser.session import BrowserSession
from qa_agent.tools import TOOLS, ToolError

logger = logging.getLogger(__name__)


@dataclass
class AgentResult:
    goal: str
    steps: list[dict[str, Any]] = field(default_factory=list)
    bugs: list[dict[str, Any]] = field(default_factory=list)
    finished: bool = False


class Agent:
    def __init__(
        self,
        session: BrowserSession,
        client: AsyncOpenAI,
        model: str = "gpt-4o",
        fallback: Any | None = None,
        fallback_model: str = "claude-3-5-sonnet-latest",
        planner: Planner | None = None,
        critic: Critic | None = None,
        max_steps: int = 25,
    ) -> None:
        self.session = session
        self.client = client
        self.model = model
        self.fallback = fallback
        self.fallback_model = fallback_model
        self.planner = planner
        self.critic = critic
        self.max_steps = max_steps
        self.history: list[dict[str, Any]] = []

    async def _decide_openai(self, goal: str, screenshot_b64: str, outline: str, plan: str) -> str:
        user_content = [
            {"type": "text", "text": f"Goal: {goal}\nPlan:\n{plan}\n\nAccessibility outline:\n{outline}"},
            {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{screenshot_b64}", "detail": "low"}},
        ]
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, *self.history[-6:], {"role": "user", "content": user_content}]
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=0.2,
            max_tokens=300,
            response_format={"type": "json_object"},
        )
        return resp.choices[0].message.content or "{}"

    async def _decide_anthropic(self, goal: str, screenshot_b64: str, outline: str) -> str:
        msg = await self.fallback.messages.create(
            model=self.fallback_model,
            max_tokens=400,
            system=SYSTEM_PROMPT,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": screenshot_b64}},
                        {"type": "text", "text": f"Goal: {goal}\n\n{outline}"},
                    ],
                }
            ],
        )
        return "".join(block.text for block in msg.content if block.type == "text")

    async def decide(self, goal: str, plan: str) -> Action:
        shot = await self.session.screenshot_b64()
        outline = await self.session.accessibility_outline()
        try:
            raw = await self._decide_openai(goal, shot, outline, plan)
        except APIError:
            if self.fallback is None:
                raise
            logger.warning("vision model failed, falling back to %s", self.fallback_model)
            try:
                raw = await self._decide_anthropic(goal, shot, outline)
            except AnthropicAPIError:
                logger.exception("fallback failed too")
                return Action(ActionType.DONE, reason="both models unavailable")
        return parse_action(raw)

    async def act(self, action: Action) -> str:
        tool = TOOLS.get(action.type.value)
        if tool is None:
            return f"unknown action {action.type}"
        try:
            return await tool(self.session.page, action)
        except ToolError as exc:
            return f"error: {exc}"

    async def run(self, goal: str) -> AgentResult:
        result = AgentResult(goal=goal)
        plan = ""
        for step in range(self.max_steps):
            if self.planner and step % 5 == 0:
                plan = self.planner.plan(goal, result.steps)
            action = await self.decide(goal, plan)
            logger.info("step %d: %s (%s)", step, action.type.value, action.reason)
            if action.type is ActionType.DONE:
                result.finished = True
                break
            if action.type is ActionType.REPORT_BUG:
                result.bugs.append({"step": step, "text": action.text, "url": self.session.page.url})
                continue
            outcome = await self.act(action)
            record = {"step": step, "action": action.to_dict(), "outcome": outcome, "url": self.session.page.url}
            result.steps.append(record)
            self.history.append({"role": "assistant", "content": str(action.to_dict())})
            self.history.append({"role": "user", "content": f"Outcome: {outcome}"})
            if self.critic:
                verdict = await self.critic.review(goal, action, await self.session.screenshot_bytes())
                if not verdict.get("ok", True) and verdict.get("bug"):
                    result.bugs.append({"step": step, "text": verdict["bug"], "severity": verdict.get("severity")})
        return result
