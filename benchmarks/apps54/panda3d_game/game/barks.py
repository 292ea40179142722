"""Ambient NPC barks from the local Ollama model (free, runs offline)."""
import logging
import random
import threading

import ollama

from ai import get_ollama_client
from ai.prompts import BARK_PROMPT
from game import events

log = logging.getLogger("hollowmere.barks")

CANNED = {
    "guard": ["Keep moving.", "Fog's thick tonight."],
    "innkeeper": ["Ale's fresh. Mostly.", "Wipe your boots!"],
}

ACTIVITIES = ["mending a net", "sharpening a blade", "counting coins", "staring at the lake"]


class BarkSystem:
    INTERVAL = 18.0

    def __init__(self, npcs, model: str = "llama3.2"):
        self.npcs = npcs
        self.model = model
        self.client = get_ollama_client()
        self._pending = set()
        taskMgr.doMethodLater(self.INTERVAL, self._tick, "bark-tick")

    def _tick(self, task):
        near = [n for n in self.npcs if n.distance_to(base.player) < 15 and n.name not in self._pending]
        if near:
            npc = random.choice(near)
            self._pending.add(npc.name)
            threading.Thread(target=self._bark, args=(npc,), daemon=True).start()
        task.delayTime = self.INTERVAL + random.uniform(-4, 6)
        return task.again

    def _bark(self, npc) -> None:
        prompt = BARK_PROMPT.format(
            role=npc.role, name=npc.name,
            activity=random.choice(ACTIVITIES),
            time_of_day=base.world.time_of_day_name(),
        )
        try:
            resp = self.client.generate(model=self.model, prompt=prompt, options={"temperature": 1.1})
            line = resp["response"].strip().strip('"')
        except Exception:  # noqa: BLE001 - ollama not running is common
            line = random.choice(CANNED.get(npc.role, ["Hm."]))
        finally:
            self._pending.discard(npc.name)
        base.worker.call_on_main(messenger.send, events.BARK, [npc, line])


def warm_up_local_model(model: str = "llama3.2") -> bool:
    """Load the model into memory at startup so the first bark isn't slow."""
    try:
        names = [m.model for m in ollama.list().models]
        if not any(n.startswith(model) for n in names):
            log.info("pulling %s", model)
            ollama.pull(model)
        ollama.chat(model=model, messages=[{"role": "user", "content": "hi"}], keep_alive="30m")
        return True
    except Exception:  # noqa: BLE001
        log.warning("ollama not available; barks will be canned")
        return False
