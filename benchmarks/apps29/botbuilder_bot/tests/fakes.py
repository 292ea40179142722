"""Fakes for provider clients and Bot Framework plumbing."""

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock


class FakeCompletions:
    def __init__(self, reply: str = "fake reply"):
        self.reply = reply
        self.calls = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeAzureOpenAI:
    def __init__(self, reply: str = "fake reply"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.embeddings = SimpleNamespace(create=AsyncMock(return_value=SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2])])))
        self.moderations = SimpleNamespace(create=AsyncMock(return_value=SimpleNamespace(results=[SimpleNamespace(flagged=False)])))


class FakeMistralChat:
    def __init__(self, content: str):
        self.content = content

    async def complete_async(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))])

    def complete(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))])


class FakeMistral:
    def __init__(self, content: str = '{"category": "network", "confidence": 0.9, "needs_human": false}'):
        self.chat = FakeMistralChat(content)


class FakeIncidents:
    def __init__(self):
        self.created = []

    async def create(self, **kwargs):
        self.created.append(kwargs)
        return {"number": "INC0010001", "sys_id": "abc123", "short_description": kwargs["short_description"]}

    async def list_open(self, caller_id, limit=5):
        return []


class FakeSnow:
    def __init__(self):
        self.incidents = FakeIncidents()


def fake_settings():
    return SimpleNamespace(
        chat_deployment="gpt-4o-helpdesk",
        mini_deployment="gpt-4o-mini",
        embedding_deployment="text-embedding-3-small",
        anthropic_model="claude-3-5-sonnet-20241022",
        mistral_model="mistral-small-latest",
        gemini_model="gemini-1.5-flash",
    )


def fake_turn_context(text: str = "my vpn is broken"):
    ctx = MagicMock()
    ctx.activity.text = text
    ctx.activity.attachments = []
    ctx.activity.from_property.aad_object_id = "user-1"
    ctx.activity.from_property.name = "Pat"
    ctx.send_activity = AsyncMock()
    return ctx
