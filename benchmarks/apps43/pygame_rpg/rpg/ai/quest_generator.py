"""Procedural side quests.

Two paths: the fast one (Groq JSON mode, through the worker so the frame never
stalls) and the tracked one via multi_model_service used by the quest board.
TODO(mara): move the fast path onto multi_model_service once it supports groq.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
from dataclasses import dataclass, field

from rpg.ai.multi_model_service import TaskComplexity, multi_model_service
from rpg.ai.prompts import QUEST_SYSTEM, QUEST_USER
from settings import AI_SETTINGS

log = logging.getLogger(__name__)


@dataclass
class Quest:
    title: str
    giver: str
    objective: str
    target: str
    count: int = 1
    reward_gold: int = 10
    flavor: str = ""
    progress: int = 0
    done: bool = False
    tags: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.progress >= self.count


class QuestFactory:
    """Builds Quest objects from dicts (LLM output or hand-written quests.json)."""

    REQUIRED = ("title", "giver", "objective", "target")

    @classmethod
    def create(cls, data: dict) -> Quest:
        missing = [k for k in cls.REQUIRED if not data.get(k)]
        if missing:
            raise ValueError(f"quest missing {missing}")
        return Quest(
            title=str(data["title"])[:48],
            giver=data["giver"],
            objective=data["objective"],
            target=data["target"],
            count=max(1, min(int(data.get("count", 1)), 20)),
            reward_gold=max(5, min(int(data.get("reward_gold", 10)), 500)),
            flavor=data.get("flavor", ""),
        )


FALLBACK_QUESTS = [
    {"title": "Rats in the Cellar", "giver": "Innkeeper", "objective": "kill", "target": "rat", "count": 5},
    {"title": "Lost Letter", "giver": "Postmaster", "objective": "fetch", "target": "letter", "count": 1},
]


class QuestGenerator:
    def __init__(self, groq_client, worker, model: str | None = None):
        self._client = groq_client
        self._worker = worker
        self.model = model or AI_SETTINGS.groq_model
        self.pending: list[Quest] = []

    def _user_prompt(self, giver, world) -> str:
        return QUEST_USER.substitute(
            giver=giver.name,
            role=giver.role,
            region=world.region_name,
            level=world.player.level,
            items=", ".join(world.item_names[:12]),
            events="; ".join(world.recent_events[-5:]) or "none",
        )

    def request(self, giver, world) -> int:
        """Fire-and-forget; the quest shows up in ``pending`` a few frames later."""
        return self._worker.submit(
            self._client.chat.completions.create,
            tag="quest",
            on_done=self._on_completion,
            on_error=lambda exc: self.pending.append(QuestFactory.create(random.choice(FALLBACK_QUESTS))),
            model=self.model,
            messages=[
                {"role": "system", "content": QUEST_SYSTEM},
                {"role": "user", "content": self._user_prompt(giver, world)},
            ],
            response_format={"type": "json_object"},
            temperature=1.0,
        )

    def _on_completion(self, completion) -> None:
        try:
            data = json.loads(completion.choices[0].message.content)
            self.pending.append(QuestFactory.create(data))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("bad quest json: %s", exc)
            self.pending.append(QuestFactory.create(random.choice(FALLBACK_QUESTS)))

    def board_quests(self, givers, world, n: int = 3) -> list[Quest]:
        """Quest board: slower, tracked, done when the board scene opens (on a worker)."""

        async def _one(giver):
            raw = await multi_model_service.generate_response(
                prompt=self._user_prompt(giver, world),
                task_type="quest_board",
                complexity=TaskComplexity.SIMPLE,
                system=QUEST_SYSTEM,
                json_mode=True,
            )
            return QuestFactory.create(json.loads(raw))

        async def _all():
            return await asyncio.gather(*(_one(g) for g in givers[:n]), return_exceptions=True)

        results = asyncio.run(_all())
        return [q for q in results if isinstance(q, Quest)]

    def take_pending(self) -> list[Quest]:
        out, self.pending = self.pending, []
        return out
