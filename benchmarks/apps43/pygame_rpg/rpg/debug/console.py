"""Backtick debug console. Dev builds only.

Commands:
  /models            list models on every configured backend
  /ask <npc> <text>  talk to an NPC bypassing the dialogue scene
  /raw <text>        raw prompt to the default groq model
  /mod <text>        run the moderation check used for player names
  /tokens <npc>      prompt token count for an NPC
  /oracle <hint>     legacy fortune teller
  /tp x y            teleport
"""
from __future__ import annotations

import logging
import shlex

import ollama
import pygame

from rpg.ai import clients
from rpg.ai.legacy_oracle import fortune
from rpg.scenes.base import Scene
from rpg.ui.textbox import TextInput, draw_text
from settings import AI_SETTINGS

log = logging.getLogger(__name__)

COMMANDS: dict[str, callable] = {}


def command(name: str):
    def deco(fn):
        COMMANDS[name] = fn
        return fn
    return deco


@command("models")
def cmd_models(console, args):
    lines = []
    try:
        lines += [m.id for m in clients.get_openai().models.list()][:8]
    except Exception as exc:  # noqa: BLE001
        lines.append(f"openai: {exc}")
    try:
        lines += [m["model"] for m in ollama.list()["models"]]
    except Exception as exc:  # noqa: BLE001
        lines.append(f"ollama: {exc}")
    return lines


@command("ask")
def cmd_ask(console, args):
    npc_id, text = args[0], " ".join(args[1:])
    npc = next((n for n in console.world.npcs if n.id == npc_id), None)
    if npc is None:
        return [f"no npc {npc_id}"]
    console.game.worker.submit(console.game.dialogue.reply, npc, text, tag="console",
                               on_done=lambda t: console.print(f"{npc.name}: {t}"))
    return ["(thinking)"]


@command("raw")
def cmd_raw(console, args):
    def run():
        resp = clients.get_groq().chat.completions.create(
            model=AI_SETTINGS.groq_model,
            messages=[{"role": "user", "content": " ".join(args)}],
        )
        return resp.choices[0].message.content

    console.game.worker.submit(run, tag="console", on_done=console.print)
    return []


@command("mod")
def cmd_mod(console, args):
    result = clients.get_openai().moderations.create(
        model="omni-moderation-latest", input=" ".join(args)
    )
    flagged = result.results[0].flagged
    return [f"flagged={flagged}"]


@command("local")
def cmd_local(console, args):
    client = console.game.services.get("ollama") or clients.make_ollama()
    out = client.chat(model=AI_SETTINGS.ollama_model, messages=[{"role": "user", "content": " ".join(args)}])
    return [out["message"]["content"]]


@command("tokens")
def cmd_tokens(console, args):
    npc = next((n for n in console.world.npcs if n.id == args[0]), None)
    if npc is None:
        return ["?"]
    return [f"fits={console.game.dialogue.prompt_fits(npc, '')}"]


@command("oracle")
def cmd_oracle(console, args):
    console.game.worker.submit(fortune, " ".join(args), tag="console", on_done=console.print)
    return []


@command("tp")
def cmd_tp(console, args):
    p = console.world.player
    p.transform.x, p.transform.y = float(args[0]), float(args[1])
    return ["ok"]


class ConsoleScene(Scene):
    transparent = True

    def on_enter(self, **kwargs) -> None:
        self.input = TextInput(240)
        self.lines: list[str] = ["debug console - /help"]
        below = self.manager.stack[-2] if len(self.manager.stack) > 1 else None
        self.world = getattr(below, "world", None)

    def print(self, text: str) -> None:
        self.lines.extend(str(text).splitlines())
        self.lines = self.lines[-14:]

    def execute(self, line: str) -> None:
        self.print("] " + line)
        if not line.startswith("/"):
            return
        parts = shlex.split(line[1:])
        if not parts:
            return
        if parts[0] == "help":
            self.print(", ".join(sorted(COMMANDS)))
            return
        fn = COMMANDS.get(parts[0])
        if fn is None:
            self.print("unknown command")
            return
        try:
            for out in fn(self, parts[1:]) or []:
                self.print(out)
        except Exception as exc:  # noqa: BLE001
            log.exception("console command failed")
            self.print(f"error: {exc}")

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_BACKQUOTE, pygame.K_ESCAPE):
            self.manager.pop()
            return
        line = self.input.handle_event(event)
        if line is not None:
            self.execute(line)

    def draw(self, surface: pygame.Surface) -> None:
        overlay = pygame.Surface((surface.get_width(), 320), pygame.SRCALPHA)
        overlay.fill((0, 0, 0, 200))
        surface.blit(overlay, (0, 0))
        for i, line in enumerate(self.lines):
            draw_text(surface, line, (10, 8 + i * 20), size=18, color=(160, 255, 160))
        draw_text(surface, "> " + self.input.text + "_", (10, 296), size=18)
