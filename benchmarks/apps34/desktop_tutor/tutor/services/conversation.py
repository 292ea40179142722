"""Conversation practice: the tutor plays a character and keeps the chat going."""
import logging
import threading
from dataclasses import dataclass, field

from tutor.services.prompts import conversation_system_prompt

log = logging.getLogger(__name__)

MAX_HISTORY = 24


@dataclass
class Turn:
    role: str
    content: str


@dataclass
class ConversationState:
    scenario: str = "cafe"
    turns: list = field(default_factory=list)

    def as_messages(self, system):
        msgs = [{"role": "system", "content": system}]
        msgs.extend({"role": t.role, "content": t.content} for t in self.turns[-MAX_HISTORY:])
        return msgs


class ConversationService:
    """Keeps one conversation per scenario.

    ``client`` is an OpenAI client injected by the app (see main.py).
    """

    def __init__(self, client, config):
        self.client = client
        self.config = config
        self._states = {}
        self._lock = threading.Lock()

    def state_for(self, scenario):
        with self._lock:
            return self._states.setdefault(scenario, ConversationState(scenario=scenario))

    def reply(self, scenario, user_text):
        state = self.state_for(scenario)
        state.turns.append(Turn("user", user_text))
        system = conversation_system_prompt(self.config, scenario)
        completion = self.client.chat.completions.create(
            model=self.config.chat_model,
            messages=state.as_messages(system),
            temperature=0.8,
            max_tokens=300,
        )
        text = completion.choices[0].message.content.strip()
        state.turns.append(Turn("assistant", text))
        return text

    def stream_reply(self, scenario, user_text, on_delta):
        """Stream tokens into ``on_delta`` (called from the worker thread)."""
        state = self.state_for(scenario)
        state.turns.append(Turn("user", user_text))
        system = conversation_system_prompt(self.config, scenario)
        stream = self.client.chat.completions.create(
            model=self.config.chat_model,
            messages=state.as_messages(system),
            stream=True,
        )
        chunks = []
        for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content or ""
            if delta:
                chunks.append(delta)
                on_delta(delta)
        text = "".join(chunks)
        state.turns.append(Turn("assistant", text))
        return text

    def suggest_replies(self, scenario, n=3):
        """Give the learner a few things they could say next."""
        state = self.state_for(scenario)
        last = state.turns[-1].content if state.turns else ""
        resp = self.client.responses.create(
            model=self.config.chat_model,
            instructions=(
                f"Suggest {n} short replies a {self.config.level} learner could say "
                f"in {self.config.language_name}. One per line, no numbering."
            ),
            input=last,
        )
        return [line.strip() for line in resp.output_text.splitlines() if line.strip()][:n]

    def reset(self, scenario=None):
        with self._lock:
            if scenario is None:
                self._states.clear()
            else:
                self._states.pop(scenario, None)
