"""Judge agent (Llama 3.1 70B on Fireworks) scoring rewritten captions."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from src.agents.planner import CaptionPlan
from src.llm import get_fireworks
from src.llm.prompts import JUDGE_SYSTEM, JUDGE_TEMPLATE

logger = logging.getLogger(__name__)


@dataclass
class JudgeVerdict:
    score: float
    issues: list[str] = field(default_factory=list)
    raw: str = ""

    @property
    def passed(self) -> bool:
        return self.score >= 0.5 and not any("hallucinat" in i.lower() for i in self.issues)


class CaptionJudge:
    def __init__(self, model: str, threshold: float = 0.62, client=None) -> None:
        # client is optional so the judge can be constructed before setup() ran
        self._client = client
        self.model = model
        self.threshold = threshold

    @property
    def client(self):
        if self._client is None:
            self._client = get_fireworks()
        return self._client

    def judge(self, plan: CaptionPlan, draft: str, candidate: str) -> JudgeVerdict:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": JUDGE_SYSTEM},
                {
                    "role": "user",
                    "content": JUDGE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, candidate=candidate),
                },
            ],
            response_format={"type": "json_object"},
            max_tokens=200,
            temperature=0.0,
        )
        raw = resp.choices[0].message.content or "{}"
        try:
            data = json.loads(raw)
            return JudgeVerdict(float(data.get("score", 0.0)), list(data.get("issues", [])), raw)
        except (json.JSONDecodeError, TypeError, ValueError):
            logger.warning("judge returned non-JSON: %r", raw[:200])
            return JudgeVerdict(0.0, ["unparseable judge output"], raw)

    def pick_best(self, plan: CaptionPlan, draft: str, candidates: list[str]) -> tuple[str, JudgeVerdict]:
        scored = [(c, self.judge(plan, draft, c)) for c in candidates]
        scored.sort(key=lambda pair: pair[1].score, reverse=True)
        return scored[0]
