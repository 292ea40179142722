"""Hollowmere entry point."""
import asyncio
import logging
import os
import sys

from direct.showbase.ShowBase import ShowBase
from panda3d.core import Filename, Vec3, loadPrcFile

MAIN_DIR = Filename.fromOsSpecific(os.path.dirname(os.path.abspath(sys.argv[0])))
loadPrcFile(Filename(MAIN_DIR, "settings.prc"))

from ai import build_client_registry, load_ai_config  # noqa: E402
from ai.embeddings import LoreIndex  # noqa: E402
from ai.llm_usage_tracker import llm_tracker  # noqa: E402
from ai.provider_switch import ProviderSwitch  # noqa: E402
from ai.speech_input import transcribe_clip  # noqa: E402
from ai.tts import VoiceNarrator  # noqa: E402
from game import events  # noqa: E402
from game.barks import BarkSystem, warm_up_local_model  # noqa: E402
from game.dialogue import DialogueManager  # noqa: E402
from game.inventory import Inventory  # noqa: E402
from game.items import ItemDescriber  # noqa: E402
from game.journal import Journal, on_quest_completed  # noqa: E402
from game.npc import NPC, NPCRegistry  # noqa: E402
from game.quests import QuestGenerator, QuestLog, generate_in_thread  # noqa: E402
from game.world import World  # noqa: E402
from ui.dialogue_box import DialogueBox  # noqa: E402
from ui.hud import HUD  # noqa: E402
from ui.loading_screen import LoadingScreen  # noqa: E402
from util.background import BackgroundWorker  # noqa: E402

log = logging.getLogger("hollowmere")

NPC_SPECS = [
    {"name": "Marta", "role": "innkeeper", "personality": "Warm, nosy, overcharges strangers.",
     "model": "models/innkeeper", "pos": (4, 10, 0), "secrets": ["the cellar tunnel"]},
    {"name": "Brann", "role": "guard", "personality": "Tired, honest, hates the fog.",
     "model": "models/guard", "pos": (-6, 14, 0), "secrets": ["the bribe"]},
    {"name": "Old Wyn", "role": "witch", "personality": "Speaks in riddles, kind to children.",
     "model": "models/witch", "pos": (20, 40, 0), "secrets": ["the drowned bell"], "voice": "witch"},
]


class Game(ShowBase):
    def __init__(self):
        ShowBase.__init__(self)
        self.disableMouse()
        self.loading = LoadingScreen()

        # --- services -------------------------------------------------
        self.ai_config = load_ai_config()
        self.ai_clients = build_client_registry()
        self.worker = BackgroundWorker()
        self.switch = ProviderSwitch()
        self.narrator = VoiceNarrator(client=self.ai_clients["openai"])
        self.lore = LoreIndex()
        self.item_describer = ItemDescriber(model=self.ai_config.item_model)
        self.quest_gen = QuestGenerator(self.ai_clients["groq"], model=self.ai_config.quest_model)
        self.quest_log = QuestLog()
        self.inventory = Inventory()
        self.journal = Journal()

        # --- world ----------------------------------------------------
        self.world = World(self.render)
        self.player = self.world.spawn_player()
        self.npcs = NPCRegistry()
        for spec in NPC_SPECS:
            self.npcs.add(NPC.create(spec))
        self.dialogue = DialogueManager(self.switch, narrator=self.narrator, lore=self.lore)
        self.dialogue_box = DialogueBox(on_submit=self._player_said)
        self.hud = HUD()
        self.barks = BarkSystem(self.npcs, model=self.ai_config.local_model)

        # --- input / events ------------------------------------------
        self.keys = {"w": False, "s": False, "a": False, "d": False}
        for key in self.keys:
            self.accept(key, self._set_key, [key, True])
            self.accept(f"{key}-up", self._set_key, [key, False])
        self.accept("e", self.on_talk)
        self.accept("q", self.on_request_quest)
        self.accept("j", self.on_journal)
        self.accept("v", self.on_push_to_talk)
        self.accept("f9", self.cycle_provider)
        self.accept("escape", self.on_escape)
        self.accept(events.VOICE_READY, self._play_voice)
        self.accept(events.QUEST_COMPLETED, lambda q: on_quest_completed(self.journal, q))
        self.accept("dialogue-closed", self.dialogue.end)

        self.taskMgr.add(self.update, "update")
        self.taskMgr.doMethodLater(1.5, self._finish_loading, "finish-loading")
        if self.ai_config.offline:
            self.worker.submit(warm_up_local_model, self.ai_config.local_model)

    # ------------------------------------------------------------------
    def _finish_loading(self, task):
        self.loading.destroy()
        self.worker.submit(self._narrate_intro)
        return task.done

    def _narrate_intro(self):
        client = self.ai_clients["openai"]
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Two-sentence ominous narration as a traveller arrives in Hollowmere at dusk."}],
            max_tokens=80,
        )
        path = self.narrator.synthesize(resp.choices[0].message.content, role="narrator")
        self.worker.call_on_main(self.narrator.play, path, 0.9)

    def _set_key(self, key, value):
        self.keys[key] = value

    def update(self, task):
        dt = globalClock.getDt()
        move = Vec3(0, 0, 0)
        if self.keys["w"]:
            move.y += 1
        if self.keys["s"]:
            move.y -= 1
        if self.keys["a"]:
            move.x -= 1
        if self.keys["d"]:
            move.x += 1
        if move.length_squared() > 0 and self.dialogue.active_npc is None:
            move.normalize()
            self.player.setPos(self.player, move * 6.0 * dt)
        self.world.tick(dt)
        self.camera.lookAt(self.player)
        return task.cont

    # ---- handlers ------------------------------------------------------
    def on_talk(self):
        npc = self.npcs.nearest(self.player)
        if npc is None:
            return
        self.dialogue_box.show(npc)
        self.dialogue.start(npc)

    def _player_said(self, text):
        npc = self.dialogue.active_npc
        if npc is not None:
            self.dialogue.say(npc, text)

    def on_request_quest(self):
        npc = self.npcs.nearest(self.player)
        if npc is not None:
            generate_in_thread(self.quest_gen, npc, level=3)

    def on_journal(self):
        if self.journal.events:
            self.worker.submit(self._journal_with_tracking)

    def _journal_with_tracking(self):
        asyncio.run(self._tracked_recap())

    async def _tracked_recap(self):
        groq = self.ai_clients["groq"]
        model = "llama-3.1-8b-instant"
        async with llm_tracker.track_llm_call(provider="groq", model=model, feature_context="journal_recap") as usage_log:
            resp = groq.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "Recap in one line: " + "; ".join(self.journal.events)}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        self.worker.call_on_main(messenger.send, events.JOURNAL_UPDATED, [resp.choices[0].message.content])

    def on_push_to_talk(self):
        clip = self.world.mic.last_clip()
        if not clip:
            return
        fut = self.worker.submit(transcribe_clip, clip)
        fut.add_done_callback(lambda f: self.worker.call_on_main(self._player_said, f.result()))

    def cycle_provider(self):
        order = ["anthropic", "openai", "groq", "google", "ollama"]
        nxt = order[(order.index(self.switch.provider) + 1) % len(order)]
        self.switch.set_provider(nxt)
        messenger.send(events.AI_ERROR, [f"provider: {nxt}"])

    def _play_voice(self, npc, path):
        self.narrator.play(path)

    def on_escape(self):
        self.worker.shutdown()
        self.userExit()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Game().run()
