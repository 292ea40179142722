"""NPC actors and their conversation memory."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from panda3d.core import NodePath, Vec3


@dataclass
class Memory:
    turns: List[Dict[str, str]] = field(default_factory=list)
    max_turns: int = 12

    def add(self, role: str, content: str) -> None:
        self.turns.append({"role": role, "content": content})
        if len(self.turns) > self.max_turns:
            # keep the first exchange (greeting) for flavour
            self.turns = self.turns[:2] + self.turns[-(self.max_turns - 2):]

    def as_messages(self) -> List[Dict[str, str]]:
        return list(self.turns)


class NPC:
    TALK_RADIUS = 4.0

    def __init__(self, name: str, role: str, personality: str, model_path: str,
                 pos=(0, 0, 0), secrets=None, voice_role: Optional[str] = None):
        self.name = name
        self.role = role
        self.personality = personality
        self.secrets = list(secrets or [])
        self.voice_role = voice_role or role
        self.memory = Memory()
        self.disposition = 0
        self.node: NodePath = base.loader.loadModel(model_path)
        self.node.reparentTo(base.render)
        self.node.setPos(*pos)
        self.node.setPythonTag("npc", self)

    def distance_to(self, other: NodePath) -> float:
        return (self.node.getPos(base.render) - other.getPos(base.render)).length()

    def face(self, target: NodePath) -> None:
        self.node.headsUp(target)

    def chat(self, player_line: str) -> None:
        """Record the player's line; the reply comes from DialogueManager."""
        self.memory.add("user", player_line)

    def remember_reply(self, reply: str) -> None:
        self.memory.add("assistant", reply)

    def nudge(self, amount: int) -> None:
        self.disposition = max(-10, min(10, self.disposition + amount))

    @classmethod
    def create(cls, spec: dict) -> "NPC":
        return cls(
            name=spec["name"],
            role=spec["role"],
            personality=spec.get("personality", ""),
            model_path=spec.get("model", "models/villager"),
            pos=Vec3(*spec.get("pos", (0, 0, 0))),
            secrets=spec.get("secrets"),
            voice_role=spec.get("voice"),
        )


class NPCRegistry:
    def __init__(self):
        self._npcs: Dict[str, NPC] = {}

    def add(self, npc: NPC) -> None:
        self._npcs[npc.name] = npc

    def get(self, name: str) -> Optional[NPC]:
        return self._npcs.get(name)

    def nearest(self, player: NodePath) -> Optional[NPC]:
        best, best_d = None, NPC.TALK_RADIUS
        for npc in self._npcs.values():
            d = npc.distance_to(player)
            if d < best_d:
                best, best_d = npc, d
        return best

    def __iter__(self):
        return iter(self._npcs.values())
