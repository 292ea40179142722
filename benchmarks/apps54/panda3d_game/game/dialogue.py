"""Dialogue manager: talks to the LLM on a worker thread, streams into the UI.

Requests run in a `threading.Thread`; results are pushed onto a queue and
drained by a taskMgr task, because Panda3D scene graph / messenger calls must
happen on the main thread.
"""
import logging
import queue
import threading
from typing import Optional

from direct.showbase.DirectObject import DirectObject

from ai.moderation import is_allowed
from ai.prompts import npc_system_prompt
from game import events

log = logging.getLogger("hollowmere.dialogue")


class DialogueManager(DirectObject):
    def __init__(self, switch, narrator=None, lore=None, stream: bool = True):
        super().__init__()
        self.switch = switch
        self.narrator = narrator
        self.lore = lore
        self.stream = stream
        self._results: "queue.Queue[tuple]" = queue.Queue()
        self._busy = False
        self.active_npc = None
        taskMgr.add(self._drain_results, "dialogue-drain")
        self.accept(events.NPC_REPLY, self._on_reply)

    # ---- main thread -------------------------------------------------
    def start(self, npc) -> None:
        self.active_npc = npc
        npc.face(base.player)
        if not npc.memory.turns:
            self.say(npc, "*approaches*")

    def say(self, npc, player_line: str) -> None:
        if self._busy:
            return
        if not is_allowed(player_line):
            messenger.send(events.NPC_REPLY, [npc, "...I'd rather not talk about that."])
            return
        npc.chat(player_line)
        self._busy = True
        messenger.send(events.NPC_THINKING, [npc])
        target = self._stream_worker if self.stream and self.switch.provider == "anthropic" else self._worker
        threading.Thread(target=target, args=(npc,), daemon=True, name=f"dlg-{npc.name}").start()

    def _drain_results(self, task):
        while True:
            try:
                kind, npc, payload = self._results.get_nowait()
            except queue.Empty:
                break
            if kind == "chunk":
                messenger.send(events.NPC_REPLY_CHUNK, [npc, payload])
            elif kind == "done":
                messenger.send(events.NPC_REPLY, [npc, payload])
            elif kind == "voice":
                messenger.send(events.VOICE_READY, [npc, payload])
            else:
                messenger.send(events.AI_ERROR, [payload])
                self._busy = False
        return task.cont

    def _on_reply(self, npc, text: str) -> None:
        npc.remember_reply(text)
        self._busy = False

    # ---- worker threads ----------------------------------------------
    def _system_for(self, npc) -> str:
        system = npc_system_prompt(npc)
        if self.lore is not None and npc.memory.turns:
            facts = self.lore.search(npc.memory.turns[-1]["content"])
            if facts:
                system += "\nThings you know:\n- " + "\n- ".join(facts)
        return system

    def _worker(self, npc) -> None:
        try:
            reply = self.switch.complete(self._system_for(npc), npc.memory.as_messages(), max_tokens=200)
            self._results.put(("done", npc, reply.strip()))
            self._voice(npc, reply)
        except Exception as exc:  # noqa: BLE001
            log.exception("dialogue failed")
            self._results.put(("error", npc, str(exc)))

    def _stream_worker(self, npc) -> None:
        client = base.ai_clients["anthropic"]
        parts = []
        try:
            with client.messages.stream(
                model=base.ai_config.dialogue_model,
                max_tokens=200,
                system=self._system_for(npc),
                messages=npc.memory.as_messages(),
            ) as stream:
                for text in stream.text_stream:
                    parts.append(text)
                    self._results.put(("chunk", npc, text))
            reply = "".join(parts).strip()
            self._results.put(("done", npc, reply))
            self._voice(npc, reply)
        except Exception as exc:  # noqa: BLE001
            log.exception("stream failed")
            self._results.put(("error", npc, str(exc)))

    def _voice(self, npc, text: str) -> None:
        if self.narrator is None or not text:
            return
        try:
            path = self.narrator.synthesize(text, role=npc.voice_role)
            self._results.put(("voice", npc, path))
        except Exception:  # noqa: BLE001
            log.warning("tts failed for %s", npc.name)

    def end(self) -> Optional[str]:
        npc, self.active_npc = self.active_npc, None
        return npc.name if npc else None
