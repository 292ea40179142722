"""Write test plans from a page's outline + screenshot."""
from __future__ import annotations

import logging
from pathlib import Path

from pydantic import BaseModel

from qa_agent.agent.prompts import TEST_PLAN_SYSTEM
from qa_agent.browser.session import BrowserSession
from qa_agent.llm import get_openai_client, registry

logger = logging.getLogger(__name__)


class TestCase(BaseModel):
    __test__ = False  # keep pytest from collecting this
    title: str
    steps: list[str]
    expected: str
    priority: str


class TestPlan(BaseModel):
    __test__ = False
    page: str
    cases: list[TestCase]

    def to_markdown(self) -> str:
        lines = [f"# Test plan: {self.page}", ""]
        for i, c in enumerate(self.cases, 1):
            lines.append(f"## {i}. {c.title} ({c.priority})")
            lines.extend(f"{n}. {s}" for n, s in enumerate(c.steps, 1))
            lines.append(f"**Expected:** {c.expected}\n")
        return "\n".join(lines)


class TestPlanWriter:
    __test__ = False

    def __init__(self) -> None:
        self.spec = registry.spec("planner")

    async def write_markdown(self, session: BrowserSession, out: Path) -> Path:
        outline = await session.accessibility_outline(limit=12_000)
        client = registry.client_for("planner")
        parts: list[str] = []
        with client.messages.stream(
            model=self.spec.model,
            max_tokens=self.spec.max_tokens,
            system=TEST_PLAN_SYSTEM,
            messages=[{"role": "user", "content": f"URL: {session.page.url}\n\n{outline}"}],
        ) as stream:
            for text in stream.text_stream:
                parts.append(text)
        out.write_text("".join(parts), encoding="utf-8")
        return out

    async def write_structured(self, session: BrowserSession) -> TestPlan:
        shot = await session.screenshot_b64(full_page=True)
        completion = get_openai_client().beta.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[
                {"role": "system", "content": TEST_PLAN_SYSTEM},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": f"Page: {session.page.url}"},
                        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{shot}"}},
                    ],
                },
            ],
            response_format=TestPlan,
        )
        plan = completion.choices[0].message.parsed
        if plan is None:
            raise RuntimeError(completion.choices[0].message.refusal or "no plan returned")
        return plan

    def generate(self, plan: TestPlan, out_dir: Path) -> Path:
        """Render a plan to disk (no model call)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / (plan.page.strip("/").replace("/", "_") or "index")
        path = target.with_suffix(".md")
        path.write_text(plan.to_markdown(), encoding="utf-8")
        return path
