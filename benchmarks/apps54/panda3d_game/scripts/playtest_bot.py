"""Headless playtest: a Gemini 'player' chats with each NPC via the provider switch.

Used to catch characters breaking persona before a build goes out.
"""
import json
import sys
from pathlib import Path

from google import genai

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ai.prompts import NPC_SYSTEM  # noqa: E402
from ai.provider_switch import ProviderSwitch  # noqa: E402

PERSONAS = json.loads((Path(__file__).resolve().parent / "personas.json").read_text()) if (
    Path(__file__).resolve().parent / "personas.json").exists() else []


def main(turns: int = 4) -> None:
    player = genai.Client()
    switch = ProviderSwitch()
    report = []
    for npc in PERSONAS:
        system = NPC_SYSTEM.format(**npc)
        history = []
        line = "Hello there."
        for _ in range(turns):
            history.append({"role": "user", "content": line})
            reply = switch.complete(system, history)
            history.append({"role": "assistant", "content": reply})
            nxt = player.models.generate_content(
                model="gemini-2.0-flash",
                contents=f"You are a curious RPG player. The NPC said: {reply!r}. Reply with one line.",
            )
            line = nxt.text.strip()
        judge = player.models.generate_content(
            model="gemini-2.0-flash",
            contents="Did the NPC break character? Answer yes/no and why.\n" + json.dumps(history),
        )
        report.append({"npc": npc["name"], "verdict": judge.text})
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
