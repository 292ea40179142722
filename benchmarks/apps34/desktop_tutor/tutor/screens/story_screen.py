"""Graded-reader stories. Still on the legacy engine (see tutor/legacy)."""
import threading

from kivy.app import App
from kivy.clock import Clock
from kivy.properties import ListProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.legacy import old_tutor_engine as engine


class StoryScreen(Screen):
    story = StringProperty("")
    questions = ListProperty([])
    topic = StringProperty("a lost cat")

    def new_story(self):
        cfg = App.get_running_app().tutor_config
        self.story = "Writing a story..."

        def work():
            story = engine.generate_story(cfg.language_name, cfg.level, self.topic)
            questions = engine.story_questions(story)
            Clock.schedule_once(lambda dt: self._show(story, questions))

        threading.Thread(target=work, daemon=True).start()

    def _show(self, story, questions):
        self.story = story
        self.questions = questions

    def set_topic(self, text):
        if engine.moderate_user_text(text):
            self.ids.topic_error.text = "Please choose another topic."
            return
        self.topic = text
