"""Per-thread conversation memory with rolling summarisation.

Long Slack threads blow the context window, so once a thread grows past the token budget
we fold the oldest turns into a running summary.
"""
from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Dict, List, Optional

from bot.config import get_settings
from bot.llm.clients import get_anthropic
from bot.llm.prompts import SUMMARY_PROMPT, THREAD_TITLE_PROMPT
from bot.llm.tokens import count_message_tokens
from bot.models import ChatTurn, Conversation

if TYPE_CHECKING:
    from anthropic import Anthropic

log = logging.getLogger(__name__)


class ConversationMemory:
    def __init__(self, client: Optional["Anthropic"] = None, max_threads: int = 500) -> None:
        self._client = client or get_anthropic()
        self._messages = self._client.messages
        self._settings = get_settings()
        self._threads: "OrderedDict[str, Conversation]" = OrderedDict()
        self._titles: Dict[str, str] = {}
        self._max_threads = max_threads
        self._lock = threading.RLock()

    # -- storage -----------------------------------------------------------------------

    def get(self, key: str) -> Optional[Conversation]:
        with self._lock:
            convo = self._threads.get(key)
            if convo is not None:
                self._threads.move_to_end(key)
            return convo

    def put(self, convo: Conversation) -> None:
        with self._lock:
            self._threads[convo.key] = convo
            self._threads.move_to_end(convo.key)
            while len(self._threads) > self._max_threads:
                evicted, _ = self._threads.popitem(last=False)
                self._titles.pop(evicted, None)

    def append(self, convo: Conversation, role: str, content: str) -> None:
        convo.turns.append(ChatTurn(role=role, content=content))
        if len(convo.turns) > self._settings.max_history_turns:
            self._compact(convo)
        self.put(convo)

    # -- prompt building ---------------------------------------------------------------

    def history(self, convo: Conversation) -> List[Dict[str, str]]:
        messages = [t.as_message() for t in convo.turns]
        if convo.summary:
            messages.insert(0, {"role": "user", "content": f"(Earlier in this thread: {convo.summary})"})
            messages.insert(1, {"role": "assistant", "content": "Understood."})
        return messages

    def _over_budget(self, convo: Conversation) -> bool:
        tokens = count_message_tokens(self.history(convo), self._settings.fast_model)
        return tokens > self._settings.history_token_budget

    # -- summarisation -----------------------------------------------------------------

    def _compact(self, convo: Conversation) -> None:
        keep = self._settings.max_history_turns // 2
        old, recent = convo.turns[:-keep], convo.turns[-keep:]
        if not old:
            return
        transcript = "\n".join(f"{t.role}: {t.content}" for t in old)
        if convo.summary:
            transcript = f"Previous summary: {convo.summary}\n\n{transcript}"
        try:
            response = self._messages.create(
                model=self._settings.fast_model,
                max_tokens=400,
                system=SUMMARY_PROMPT,
                messages=[{"role": "user", "content": transcript}],
            )
        except Exception:
            log.exception("summarisation failed; truncating instead", extra={"thread_ts": convo.thread_id})
            convo.turns = recent
            return
        convo.summary = "".join(block.text for block in response.content if block.type == "text")
        convo.turns = recent

    def title(self, convo: Conversation) -> str:
        cached = self._titles.get(convo.key)
        if cached:
            return cached
        first = convo.turns[0].content if convo.turns else ""
        if not first:
            return "Untitled thread"
        # titles are cosmetic: don't let retries hold up the handler
        msg = self._client.with_options(timeout=10.0, max_retries=0).messages.create(
            model=self._settings.fast_model,
            max_tokens=30,
            messages=[{"role": "user", "content": f"{THREAD_TITLE_PROMPT}\n\n{first[:2000]}"}],
        )
        title = msg.content[0].text.strip().strip('"')
        self._titles[convo.key] = title
        return title


_memory: Optional[ConversationMemory] = None


def get_memory() -> ConversationMemory:
    global _memory
    if _memory is None:
        _memory = ConversationMemory()
    return _memory
