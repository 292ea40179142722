"""Generated lessons. New code path: everything goes through multi_model_service."""
import asyncio
import json
import logging
import threading

from kivy.app import App
from kivy.clock import mainthread
from kivy.properties import ListProperty, ObjectProperty, StringProperty
from kivy.uix.screenmanager import Screen

from tutor.models.lesson import Exercise, Lesson
from tutor.services.multi_model_service import TaskComplexity, multi_model_service
from tutor.storage.db import get_db
from tutor.utils.background import with_retries

log = logging.getLogger(__name__)

LESSON_INSTRUCTIONS = (
    "Create a short lesson as JSON: {\"title\": str, \"exercises\": "
    "[{\"prompt\": str, \"answer\": str, \"kind\": \"translate\"|\"fill\"}]} with 6 exercises."
)


class LessonScreen(Screen):
    lesson = ObjectProperty(None, allownone=True)
    index = ObjectProperty(0)
    topic = StringProperty("food")
    results = ListProperty([])

    def generate(self, topic):
        self.topic = topic
        threading.Thread(target=self._generate_worker, args=(topic,), daemon=True).start()

    def _generate_worker(self, topic):
        cfg = App.get_running_app().tutor_config
        prompt = f"{LESSON_INSTRUCTIONS}\nLanguage: {cfg.language_name}. Level: {cfg.level}. Topic: {topic}."
        raw = asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="lesson_plan",
                complexity=TaskComplexity.STANDARD,
                max_tokens=1500,
            )
        )
        self._set_lesson(self._parse(raw, cfg.level))

    def _parse(self, raw, level):
        try:
            data = json.loads(raw[raw.index("{"): raw.rindex("}") + 1])
        except ValueError:
            log.warning("could not parse lesson")
            return Lesson.create(title="(empty lesson)", level=level)
        return Lesson.create(
            title=data.get("title", self.topic),
            level=level,
            exercises=[Exercise(**e) for e in data.get("exercises", [])],
        )

    @mainthread
    def _set_lesson(self, lesson):
        self.lesson = lesson
        self.index = 0
        self.results = []

    def submit(self, answer):
        ex = self.lesson.exercises[self.index]
        ok = answer.strip().lower() == ex.answer.strip().lower()
        self.results.append(ok)
        if not ok:
            self.ids.feedback.text = "..."
            threading.Thread(target=self._explain_worker, args=(ex, answer), daemon=True).start()
        self.index += 1
        if self.index >= len(self.lesson.exercises):
            score = sum(self.results) / len(self.results)
            get_db().record_progress(self.lesson.id, score, int(__import__("time").time()))

    def _explain_worker(self, exercise, answer):
        # TODO(marta): move to multi_model_service once it supports system prompts per call
        app = App.get_running_app()
        create = with_retries(app.anthropic_client.messages.create, attempts=2)
        msg = create(
            model="claude-3-5-haiku-20241022",
            max_tokens=200,
            messages=[{
                "role": "user",
                "content": f"Exercise: {exercise.prompt}\nExpected: {exercise.answer}\n"
                           f"Learner wrote: {answer}\nExplain the mistake in one sentence.",
            }],
        )
        self._set_feedback(msg.content[0].text)

    def hint(self):
        app = App.get_running_app()
        ex = self.lesson.exercises[self.index]

        def work():
            text = asyncio.run(multi_model_service.generate_response(
                prompt=f"One-line hint, don't reveal the answer: {ex.prompt}",
                task_type="chat",
                complexity=TaskComplexity.SIMPLE,
            ))
            self._set_feedback(text)

        if app.offline:
            self._set_feedback("Hints are unavailable offline.")
        else:
            threading.Thread(target=work, daemon=True).start()

    @mainthread
    def _set_feedback(self, text):
        self.ids.feedback.text = text
