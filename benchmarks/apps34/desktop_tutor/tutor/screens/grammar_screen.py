"""Write a sentence, get corrections."""
import asyncio
import threading

from kivy.app import App
from kivy.clock import Clock, mainthread
from kivy.properties import NumericProperty, ObjectProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.services.llm_usage_tracker import llm_tracker
from tutor.services.grammar import GRAMMAR_SYSTEM, GrammarFeedback
from tutor.services.prompts import grammar_prompt


class GrammarScreen(Screen):
    feedback = ObjectProperty(None, allownone=True)
    score = NumericProperty(0)
    explanation = StringProperty("")

    def check(self, sentence):
        app = App.get_running_app()
        if app.offline:
            threading.Thread(target=self._offline_check, args=(sentence,), daemon=True).start()
            return
        threading.Thread(target=self._tracked_check, args=(sentence,), daemon=True).start()

    def _tracked_check(self, sentence):
        feedback = asyncio.run(self._check_async(sentence))
        self._show(feedback)

    async def _check_async(self, sentence):
        app = App.get_running_app()
        cfg = app.tutor_config
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=cfg.grammar_model, feature_context="grammar_check"
        ) as usage_log:
            message = app.anthropic_client.messages.create(
                model=cfg.grammar_model,
                max_tokens=1024,
                system=GRAMMAR_SYSTEM,
                messages=[{"role": "user", "content": grammar_prompt(cfg, sentence)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return GrammarFeedback.from_json(message.content[0].text)

    def _offline_check(self, sentence):
        app = App.get_running_app()
        fixed = app.offline_tutor.correct(sentence)
        self._show(GrammarFeedback(corrected=fixed, errors=[], score=None))

    @mainthread
    def _show(self, feedback):
        self.feedback = feedback
        self.score = feedback.score or 0
        self.ids.corrected.text = feedback.corrected or ""

    def explain(self, sentence, span):
        app = App.get_running_app()
        self.explanation = ""

        def append(text):
            Clock.schedule_once(lambda dt: setattr(self, "explanation", self.explanation + text))

        threading.Thread(target=app.grammar.explain, args=(sentence, span, append), daemon=True).start()
