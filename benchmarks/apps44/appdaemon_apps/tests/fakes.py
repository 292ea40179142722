"""Fakes for testing apps without AppDaemon/HA or network.

FakeHass mimics the bits of hassapi.Hass we use; the fake clients record calls and return
objects shaped like the SDK responses.
"""
from types import SimpleNamespace


class FakeHass:
    def __init__(self, args=None, apps=None, states=None, history=None):
        self.args = args or {}
        self._apps = apps or {}
        self.states = states or {}
        self.history = history or {}
        self.services = []
        self.events = []
        self.set_states = {}
        self.listeners = []
        self.schedules = []
        self.logs = []

    def get_app(self, name):
        return self._apps[name]

    def log(self, msg, level="INFO"):
        self.logs.append((level, msg))

    def listen_state(self, cb, entity, **kwargs):
        self.listeners.append(("state", cb, entity, kwargs))
        return len(self.listeners)

    def listen_event(self, cb, event, **kwargs):
        self.listeners.append(("event", cb, event, kwargs))
        return len(self.listeners)

    def run_daily(self, cb, start, **kwargs):
        self.schedules.append(("daily", cb, start, kwargs))

    def run_in(self, cb, delay, **kwargs):
        self.schedules.append(("in", cb, delay, kwargs))

    def call_service(self, service, **kwargs):
        self.services.append((service, kwargs))

    def fire_event(self, event, **kwargs):
        self.events.append((event, kwargs))

    def set_state(self, entity_id, **kwargs):
        self.set_states[entity_id] = kwargs

    def get_state(self, entity_id=None, attribute=None):
        return self.states.get(entity_id)

    def get_history(self, entity_id=None, **kwargs):
        return self.history.get(entity_id, [])

    def friendly_name(self, entity_id):
        return entity_id.split(".")[-1].replace("_", " ").title()


class _Completions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        message = SimpleNamespace(content=self.reply)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage, model=kwargs.get("model"))


class FakeOpenAI:
    """Works for openai.OpenAI and groq.Groq (same shape)."""

    def __init__(self, reply="All quiet at home."):
        self.chat = SimpleNamespace(completions=_Completions(reply))


class _Messages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.reply)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=12, output_tokens=6),
                               stop_reason="end_turn")


class FakeAnthropic:
    def __init__(self, reply="Fallback summary."):
        self.messages = _Messages(reply)


class FakeHub:
    def __init__(self, openai=None, anthropic=None, groq=None):
        self.openai = openai or FakeOpenAI()
        self.anthropic = anthropic or FakeAnthropic()
        self.groq = groq or FakeOpenAI("Front door is open!")
        self.chat_calls = []

    def model_for(self, provider):
        return {"openai": "gpt-4o-mini", "anthropic": "claude-3-5-sonnet-20241022",
                "groq": "llama-3.1-8b-instant"}[provider]

    def chat(self, text, **kwargs):
        self.chat_calls.append((text, kwargs))
        return "fake reply"
