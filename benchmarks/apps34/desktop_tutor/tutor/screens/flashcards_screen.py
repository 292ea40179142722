"""Spaced-repetition flashcards with generated example sentences."""
import asyncio
import base64
import logging
import os
import time

from kivy.app import App
from kivy.properties import ListProperty, ObjectProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.models.lesson import Flashcard
from tutor.services import get_async_openai_client
from tutor.services.offline import quick_translate
from tutor.services.vocabulary import embed_word_list_async
from tutor.storage.db import get_db
from tutor.utils.background import run_in_background

log = logging.getLogger(__name__)


class FlashcardsScreen(Screen):
    current = ObjectProperty(None, allownone=True)
    queue = ListProperty([])
    picture = StringProperty("")

    def on_pre_enter(self, *args):
        self.queue = list(get_db().due_cards(int(time.time())))
        self.next_card()

    def next_card(self):
        self.picture = ""
        self.current = self.queue.pop(0) if self.queue else None

    def grade(self, quality):
        if not self.current:
            return
        card_id, word, translation, example, ease = self.current
        card = Flashcard(word=word, translation=translation, example=example, ease=ease)
        due = card.schedule(quality)
        get_db().update_card(card_id, due, card.ease)
        self.next_card()

    def add_word(self, word):
        app = App.get_running_app()
        if app.offline:
            run_in_background(self._add_offline, word, on_done=lambda _: self.on_pre_enter())
        else:
            run_in_background(app.hints.example_sentence, word,
                              on_done=lambda pair: self._save(word, pair))

    def _add_offline(self, word):
        translation = quick_translate(word, model=App.get_running_app().tutor_config.offline_model)
        get_db().add_card(word, translation, "", int(time.time()))

    def _save(self, word, pair):
        example, translation = pair
        get_db().add_card(word, translation, example, int(time.time()))
        self.on_pre_enter()

    def illustrate(self):
        """Generate a small picture for the current card (premium feature)."""
        if not self.current:
            return
        app = App.get_running_app()
        word = self.current[1]
        run_in_background(
            app.openai_client.images.generate,
            model="dall-e-3",
            prompt=f"A simple flat illustration of '{word}', no text",
            size="1024x1024",
            response_format="b64_json",
            on_done=self._picture_ready,
        )

    def _picture_ready(self, result):
        path = os.path.join(App.get_running_app().user_data_dir, f"card_{self.current[0]}.png")
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(result.data[0].b64_json))
        self.picture = path

    def similar_words(self):
        app = App.get_running_app()
        if self.current:
            run_in_background(app.vocab.similar, self.current[1],
                              on_done=lambda words: setattr(self.ids.similar, "text", ", ".join(words)))

    def import_deck(self, path):
        """Import a plain-text deck (one 'word;translation' per line)."""
        app = App.get_running_app()
        with open(path, encoding="utf-8") as fh:
            pairs = [line.strip().split(";", 1) for line in fh if ";" in line]
        now = int(time.time())
        for word, translation in pairs:
            get_db().add_card(word, translation, "", now)
        if not app.offline:
            words = [w for w, _ in pairs]
            client = get_async_openai_client(app.tutor_config.key_for("openai"))
            run_in_background(lambda: asyncio.run(embed_word_list_async(client, words)),
                              on_done=lambda vecs: get_db().save_embeddings("text-embedding-3-small", vecs))
        self.on_pre_enter()
