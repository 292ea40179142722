"""Taskiq middlewares used by the content broker."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from datetime import date
from typing import Any

from taskiq import TaskiqMessage, TaskiqMiddleware, TaskiqResult

from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger("workers.tasks")


class TaskLoggingMiddleware(TaskiqMiddleware):
    """Structured start/finish lines; Datadog parses these."""

    def __init__(self) -> None:
        super().__init__()
        self._started: dict[str, float] = {}

    def pre_execute(self, message: TaskiqMessage) -> TaskiqMessage:
        self._started[message.task_id] = time.monotonic()
        logger.info("task.start name=%s id=%s labels=%s", message.task_name, message.task_id, message.labels)
        return message

    def post_execute(self, message: TaskiqMessage, result: TaskiqResult[Any]) -> None:
        started = self._started.pop(message.task_id, None)
        elapsed = (time.monotonic() - started) if started else -1.0
        logger.info(
            "task.finish name=%s id=%s error=%s elapsed=%.2fs",
            message.task_name,
            message.task_id,
            result.is_err,
            elapsed,
        )


class SpendGuardMiddleware(TaskiqMiddleware):
    """Refuses LLM-heavy tasks for a course once today's tracked spend is over budget.

    Only sees spend that went through ``llm_tracker`` - untracked calls are invisible here,
    which is one more reason to track them.
    """

    GUARDED_PREFIXES = ("content.summaries", "content.quizzes", "content.grading", "content.media")

    def __init__(self, daily_budget: float) -> None:
        super().__init__()
        self.daily_budget = daily_budget
        self._spend: dict[tuple[str, date], float] = defaultdict(float)

    def _course_spend(self, course_id: str) -> float:
        today = date.today()
        for log in llm_tracker.recent(500):
            if log.course_id == course_id and log.created_at.date() == today:
                self._spend[(course_id, today)] += log.cost_usd
        return self._spend[(course_id, today)]

    def pre_execute(self, message: TaskiqMessage) -> TaskiqMessage:
        course_id = message.labels.get("course_id")
        if course_id and message.task_name.startswith(self.GUARDED_PREFIXES):
            spent = self._course_spend(str(course_id))
            if spent > self.daily_budget:
                raise RuntimeError(f"course {course_id} over daily LLM budget ({spent:.2f} USD)")
        return message


class ContentSafetyMiddleware(TaskiqMiddleware):
    """Runs OpenAI moderation on user-submitted text before the task body sees it.

    Only for messages labelled ``user_submitted=1`` (forum posts, essay submissions).
    """

    def __init__(self, labels_to_check: tuple[str, ...] = ("user_submitted",)) -> None:
        super().__init__()
        self.labels_to_check = labels_to_check

    async def pre_execute(self, message: TaskiqMessage) -> TaskiqMessage:
        if not any(message.labels.get(lbl) in ("1", 1, True, "true") for lbl in self.labels_to_check):
            return message
        text = message.kwargs.get("text") or message.kwargs.get("body") or ""
        if not text:
            return message
        client = self.broker.state.openai
        result = await client.moderations.create(model="omni-moderation-latest", input=text[:20000])
        flagged = result.results[0].flagged
        message.labels["moderation_flagged"] = "1" if flagged else "0"
        if flagged:
            cats = [k for k, v in result.results[0].categories.model_dump().items() if v]
            logger.warning("moderation flagged task=%s categories=%s", message.task_id, cats)
        return message

    def on_error(self, message: TaskiqMessage, result: TaskiqResult[Any], exception: BaseException) -> None:
        logger.error("task %s failed: %r", message.task_name, exception)
