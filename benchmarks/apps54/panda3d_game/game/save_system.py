"""Save/load. NPC memories are saved so conversations survive a reload."""
import json
import time
from pathlib import Path

SAVE_DIR = Path.home() / ".hollowmere" / "saves"


class SaveSystem:
    VERSION = 3

    def __init__(self, directory: Path = SAVE_DIR):
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)

    def create(self, slot: str) -> Path:
        """Create a new save file for `slot` from the current game state."""
        data = {
            "version": self.VERSION,
            "time": time.time(),
            "player_pos": list(base.player.getPos()),
            "inventory": base.inventory.to_dict(),
            "quests": [q.title for q in base.quest_log.quests],
            "npc_memory": {npc.name: npc.memory.turns for npc in base.npcs},
            "journal": base.journal.entries,
            "provider": base.switch.provider,
        }
        path = self.directory / f"{slot}.json"
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        return path

    def load(self, slot: str) -> dict:
        data = json.loads((self.directory / f"{slot}.json").read_text(encoding="utf-8"))
        if data.get("version", 1) < 3:
            data.setdefault("provider", "anthropic")
            data.setdefault("npc_memory", {})
        for name, turns in data["npc_memory"].items():
            npc = base.npcs.get(name)
            if npc is not None:
                npc.memory.turns = turns
        base.journal.entries = data.get("journal", [])
        return data

    def slots(self):
        return sorted(p.stem for p in self.directory.glob("*.json"))
