from __future__ import annotations

import json

from agentkit.agents.researcher import ResearchAgent
from agentkit.settings import settings


class PlannerAgent(ResearchAgent):
    name = "planner"

    def plan(self, goal: str) -> list[str]:
        msg = self.claude.messages.create(
            model=settings.claude_model,
            max_tokens=2048,
            system="Break the goal into at most five research steps. Answer as a JSON list.",
            messages=[{"role": "user", "content": goal}],
        )
        return json.loads(msg.content[0].text)

    def run(self, task: str) -> str:
        steps = self.plan(task)
        findings = [super().run(step) for step in steps]
        vectors = self.client.embeddings.create(model="text-embedding-3-small", input=findings)
        self.remember("tool", f"{len(vectors.data)} findings embedded")
        return "\n".join(findings)

    def estimate(self, goal: str) -> int:
        counted = self.claude.messages.count_tokens(
            model=settings.claude_model, messages=[{"role": "user", "content": goal}]
        )
        return counted.input_tokens
