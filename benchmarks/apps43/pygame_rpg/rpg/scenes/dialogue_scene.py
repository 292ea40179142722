"""Conversation overlay. Typed input, optional push-to-talk, typewriter output."""
from __future__ import annotations

import io
import logging
import queue
import wave

import pygame

from rpg.scenes.base import Scene
from rpg.ui.textbox import TextBox, TextInput

log = logging.getLogger(__name__)


class DialogueScene(Scene):
    transparent = True

    def on_enter(self, npc=None, world=None, **kwargs) -> None:
        self.npc = npc
        self.world = world
        self.box = TextBox(npc.name)
        self.input = TextInput()
        self.waiting = False
        self._stream_q: "queue.Queue[str | None] | None" = None
        self.recording: list[bytes] = []
        self.box.set_text(self._greeting())

    def _greeting(self) -> str:
        facts = self.npc.memory.recall(k=1)
        return f"Oh, it's you again." if facts else "Hello there, traveller."

    def on_exit(self) -> None:
        self.npc.talking = False
        # summarizing is slow-ish; do it on the worker so closing the box is instant
        self.game.worker.submit(self.npc.memory.summarize_conversation, tag="memory")

    # ------------------------------------------------------------- sending
    def _send(self, text: str) -> None:
        if not text.strip() or self.waiting:
            return
        self.waiting = True
        self.box.set_text("...")
        engine = self.game.dialogue
        situation = f"talking to {self.world.player.name} in {self.world.region_name}"
        if self.npc.backend_name == "anthropic" and engine.anthropic is not None:
            self._stream_q = queue.Queue()
            self.box.set_text("")
            self.game.worker.submit(engine.stream_reply, self.npc, text, self._stream_q, tag="dialogue",
                                    on_done=self._on_reply_done, on_error=self._on_error)
        else:
            self.game.worker.submit(engine.reply, self.npc, text, situation, tag="dialogue",
                                    on_done=self._on_reply, on_error=self._on_error)

    def _on_reply(self, text: str) -> None:
        self.waiting = False
        self.box.set_text(text)
        self.game.tts.speak(self.npc, text)

    def _on_reply_done(self, text: str) -> None:
        self.waiting = False
        self._stream_q = None
        self.game.tts.speak(self.npc, text)

    def _on_error(self, exc: BaseException) -> None:
        self.waiting = False
        self.box.set_text(self.npc.canned[0] if self.npc.canned else "Sorry, what was that?")

    # ------------------------------------------------------------- voice
    def _transcribe(self, pcm: bytes) -> str:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as wf:
            wf.setnchannels(1)
            wf.setsampwidth(2)
            wf.setframerate(16000)
            wf.writeframes(pcm)
        buf.seek(0)
        result = self.game.services["groq"].audio.transcriptions.create(
            file=("speech.wav", buf.read()),
            model="whisper-large-v3-turbo",
            language="en",
        )
        return result.text

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.manager.pop()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB and not self.waiting:
            self.recording = self.game.mic.start() if self.game.mic else []
            return
        if event.type == pygame.KEYUP and event.key == pygame.K_TAB and self.game.mic:
            pcm = self.game.mic.stop()
            self.game.worker.submit(self._transcribe, pcm, tag="stt", on_done=self._send)
            return
        submitted = self.input.handle_event(event)
        if submitted is not None:
            self._send(submitted)

    def update(self, dt: float) -> None:
        if self._stream_q is not None:
            try:
                while True:
                    delta = self._stream_q.get_nowait()
                    if delta is None:
                        break
                    self.box.append(delta)
            except queue.Empty:
                pass
        self.box.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        self.box.draw(surface)
        self.input.draw(surface)
