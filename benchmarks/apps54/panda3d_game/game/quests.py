"""Quest generation and tracking."""
import asyncio
import json
import logging
import random
from dataclasses import dataclass, field
from typing import List, Optional

from ai.multi_model_service import TaskComplexity, multi_model_service
from ai.prompts import QUEST_SYSTEM
from game import events

log = logging.getLogger("hollowmere.quests")


@dataclass
class Objective:
    kind: str
    target: str
    count: int = 1
    progress: int = 0

    @property
    def done(self) -> bool:
        return self.progress >= self.count


@dataclass
class Quest:
    title: str
    giver: str
    summary: str
    objectives: List[Objective] = field(default_factory=list)
    reward_gold: int = 0
    accepted: bool = False

    @property
    def complete(self) -> bool:
        return all(o.done for o in self.objectives)

    @classmethod
    def from_json(cls, raw: str) -> "Quest":
        data = json.loads(raw)
        return cls(
            title=data["title"],
            giver=data["giver"],
            summary=data["summary"],
            objectives=[Objective(**o) for o in data.get("objectives", [])],
            reward_gold=int(data.get("reward_gold", 10)),
        )


FALLBACK_QUESTS = [
    '{"title": "Eel Trouble", "giver": "Marta", "summary": "Clear the eels from the nets.", '
    '"objectives": [{"kind": "kill", "target": "eel", "count": 5}], "reward_gold": 15}',
]


class QuestGenerator:
    """Generates quests with Groq (fast JSON mode). The client is injected by Game."""

    def __init__(self, groq_client, model: str = "llama-3.3-70b-versatile"):
        self.client = groq_client
        self.model = model

    def generate(self, giver, player_level: int, recent: List[str]) -> Quest:
        prompt = (
            f"Quest giver: {giver.name}, the {giver.role}. Player level {player_level}. "
            f"Avoid repeating these quests: {', '.join(recent) or 'none'}."
        )
        try:
            completion = self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": QUEST_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
                response_format={"type": "json_object"},
                temperature=1.0,
            )
            return Quest.from_json(completion.choices[0].message.content)
        except Exception:  # noqa: BLE001
            log.exception("quest generation failed, using fallback")
            return Quest.from_json(random.choice(FALLBACK_QUESTS))

    async def generate_epic(self, region: str) -> Quest:
        """Main-story beats go through the tracked service (bigger model)."""
        response = await multi_model_service.generate_response(
            prompt=f"Design a multi-step main quest set in {region}.",
            task_type="quest_epic",
            complexity=TaskComplexity.AGENTIC,
            system=QUEST_SYSTEM,
        )
        return Quest.from_json(response.text)


class QuestLog:
    def __init__(self):
        self.quests: List[Quest] = []
        self.offered: Optional[Quest] = None

    def offer(self, quest: Quest) -> None:
        self.offered = quest
        messenger.send(events.QUEST_OFFERED, [quest])

    def accept_offered(self) -> None:
        if self.offered is None:
            return
        self.offered.accepted = True
        self.quests.append(self.offered)
        messenger.send(events.QUEST_ACCEPTED, [self.offered])
        self.offered = None

    def notify(self, kind: str, target: str) -> None:
        for quest in self.quests:
            for obj in quest.objectives:
                if obj.kind == kind and obj.target == target and not obj.done:
                    obj.progress += 1
            if quest.complete:
                messenger.send(events.QUEST_COMPLETED, [quest])

    def titles(self) -> List[str]:
        return [q.title for q in self.quests]


def request_epic_quest(generator: QuestGenerator, region: str):
    """Schedule an async quest generation on Panda3D's task manager."""

    async def _task(task):
        quest = await generator.generate_epic(region)
        base.quest_log.offer(quest)
        return task.done

    return taskMgr.add(_task, "epic-quest")


def generate_in_thread(generator: QuestGenerator, giver, level: int) -> None:
    def run():
        quest = generator.generate(giver, level, base.quest_log.titles())
        taskMgr.doMethodLater(0, lambda t: base.quest_log.offer(quest), "offer-quest")

    loop_thread = __import__("threading").Thread(target=run, daemon=True)
    loop_thread.start()


def run_sync(coro):
    return asyncio.run(coro)
