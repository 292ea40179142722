"""Save games: JSON files with player state, quests and NPC memories."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict

from rpg.ai import get_anthropic
from rpg.ai.memory import NPCMemory
from rpg.ai.prompts import RECAP_PROMPT
from rpg.ai.quest_generator import Quest
from settings import AI_SETTINGS, SAVE_DIR

log = logging.getLogger(__name__)

SAVE_VERSION = 3


def list_saves() -> list[str]:
    if not SAVE_DIR.exists():
        return []
    files = sorted(SAVE_DIR.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [p.stem for p in files]


def save_game(slot: str, scene) -> None:
    player = scene.player
    data = {
        "version": SAVE_VERSION,
        "saved_at": time.time(),
        "player": {
            "x": player.transform.x,
            "y": player.transform.y,
            "level": player.level,
            "xp": player.xp,
            "hp": player.health.hp,
            "gold": player.inventory.gold,
            "items": player.inventory.items,
        },
        "quests": [asdict(q) for q in player.quests],
        "npcs": {n.id: n.memory.to_dict() for n in scene.world.npcs},
        "events": scene.world.recent_events[-20:],
    }
    SAVE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = SAVE_DIR / f"{slot}.json.tmp"
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(SAVE_DIR / f"{slot}.json")
    log.info("saved slot %s", slot)


def _migrate(data: dict) -> dict:
    if data.get("version", 1) < 2:
        data["npcs"] = {k: {"owner": k, "transcript": v, "facts": []} for k, v in data.get("dialogue", {}).items()}
    if data.get("version", 1) < 3:
        for q in data.get("quests", []):
            q.setdefault("tags", [])
    data["version"] = SAVE_VERSION
    return data


def load_game(slot: str, scene) -> dict:
    data = _migrate(json.loads((SAVE_DIR / f"{slot}.json").read_text(encoding="utf-8")))
    p = data["player"]
    player = scene.player
    player.transform.x, player.transform.y = p["x"], p["y"]
    player.level, player.xp = p["level"], p["xp"]
    player.health.hp = p["hp"]
    player.inventory.gold = p["gold"]
    player.inventory.items = dict(p["items"])
    player.quests = [Quest(**q) for q in data["quests"]]
    memory_client = scene.game.services.get("ollama")
    for npc in scene.world.npcs:
        if npc.id in data["npcs"]:
            npc.memory = NPCMemory.from_dict(data["npcs"][npc.id], client=memory_client)
    scene.world.recent_events = data.get("events", [])
    return data


def recap(data: dict) -> str:
    """'Previously on...' text shown when continuing. Runs on the worker."""
    quests = ", ".join(q["title"] for q in data.get("quests", [])) or "none"
    notes = "; ".join(
        f["text"] for mem in data.get("npcs", {}).values() for f in mem.get("facts", [])[:2]
    ) or "none"
    msg = get_anthropic().messages.create(
        model=AI_SETTINGS.anthropic_model,
        max_tokens=120,
        messages=[{"role": "user", "content": RECAP_PROMPT.substitute(quests=quests, notes=notes)}],
    )
    return msg.content[0].text
