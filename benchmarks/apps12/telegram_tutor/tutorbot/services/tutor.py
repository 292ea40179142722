"""Conversation logic for the free-chat tutor and role-play modes."""
from __future__ import annotations

import json
import logging
import time
from typing import Awaitable, Callable, Dict, List, Optional

from tutorbot.config import get_settings
from tutorbot.db.models import User
from tutorbot.llm import prompts
from tutorbot.llm.backends import get_backend
from tutorbot.llm.clients import get_anthropic_client, get_deepseek_client
from tutorbot.services.multi_model_service import TaskComplexity, multi_model_service
from tutorbot.utils.tokens import trim_history

log = logging.getLogger(__name__)

History = List[Dict[str, str]]

# minimum pause between Telegram message edits while streaming (flood control)
EDIT_INTERVAL = 1.2


def _tutor_system(user: User) -> str:
    return prompts.TUTOR_SYSTEM.format(
        target=prompts.lang_name(user.target_language),
        native=prompts.lang_name(user.native_language),
        level=user.level,
    )


class TutorService:
    def __init__(self) -> None:
        self.settings = get_settings()
        self._anthropic = get_anthropic_client()

    async def reply(self, user: User, text: str, history: History) -> str:
        history = trim_history(history, self.settings.max_history_turns)
        return await multi_model_service.generate_response(
            prompt=text,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=_tutor_system(user),
            history=history,
            telegram_id=user.telegram_id,
        )

    async def stream_reply(
        self,
        user: User,
        text: str,
        history: History,
        on_update: Callable[[str], Awaitable[None]],
    ) -> str:
        """Longer explanations are streamed so the learner sees progress in the chat.

        ``on_update`` receives the full text so far; it is called at most every EDIT_INTERVAL s.
        """
        history = trim_history(history, self.settings.max_history_turns)
        last_edit = 0.0
        buffer = ""
        async with self._anthropic.messages.stream(
            model=self.settings.claude_model,
            system=_tutor_system(user) + "\nThe learner asked for a detailed explanation.",
            messages=[*history, {"role": "user", "content": text}],
            max_tokens=1200,
        ) as stream:
            async for delta in stream.text_stream:
                buffer += delta
                now = time.monotonic()
                if now - last_edit >= EDIT_INTERVAL and buffer.strip():
                    await on_update(buffer)
                    last_edit = now
            final = await stream.get_final_message()
        log.debug(
            "explain stream done user=%s in=%s out=%s",
            user.telegram_id,
            final.usage.input_tokens,
            final.usage.output_tokens,
        )
        await on_update(buffer)
        return buffer

    async def roleplay_turn(self, user: User, scenario: str, history: History) -> str:
        backend = get_backend(user.provider_preference)
        system = prompts.ROLEPLAY_SYSTEM.format(
            target=prompts.lang_name(user.target_language), scenario=scenario, level=user.level
        )
        reply = await backend.complete(system, trim_history(history, 20), max_tokens=200)
        return reply.text

    async def suggest_followups(self, user: User, last_user: str, last_bot: str) -> List[str]:
        """Three short things the learner could say next (shown as quick-reply buttons)."""
        target = prompts.lang_name(user.target_language)
        resp = await get_deepseek_client().chat.completions.create(
            model=self.settings.deepseek_model,
            response_format={"type": "json_object"},
            messages=[
                {
                    "role": "system",
                    "content": (
                        f"Suggest three short, natural replies a {user.level} learner could send "
                        f"next in {target}. Return JSON: {{\"replies\": [..]}}."
                    ),
                },
                {"role": "user", "content": f"Learner: {last_user}\nTutor: {last_bot}"},
            ],
            max_tokens=150,
        )
        try:
            replies = json.loads(resp.choices[0].message.content or "{}").get("replies", [])
        except json.JSONDecodeError:
            log.warning("followup suggestions were not valid JSON")
            return []
        return [r[:60] for r in replies if isinstance(r, str)][:3]


_tutor: Optional[TutorService] = None


def get_tutor() -> TutorService:
    global _tutor
    if _tutor is None:
        _tutor = TutorService()
    return _tutor
