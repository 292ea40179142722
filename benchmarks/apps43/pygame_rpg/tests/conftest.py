from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


class _FakeCompletions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "..."
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeChatClient:
    """Quacks like openai.OpenAI / groq.Groq for chat.completions.create."""

    def __init__(self, replies=()):
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies))


class FakeOllama:
    def __init__(self, reply="The player likes apples."):
        self.reply = reply
        self.prompts = []

    def generate(self, model, prompt, options=None):
        self.prompts.append(prompt)
        return {"response": self.reply}

    def chat(self, model, messages, options=None):
        self.prompts.append(messages)
        return {"message": {"content": self.reply}}


class FakeNPC:
    def __init__(self, name="Bram", role="blacksmith", backend=None):
        from rpg.ai.memory import NPCMemory

        self.id = name.lower()
        self.name = name
        self.role = role
        self.personality = "gruff"
        self.voice = "gruff"
        self.canned = ["Hmph."]
        self.brain = backend
        self.backend_name = None
        self.memory = NPCMemory(name, client=FakeOllama())


@pytest.fixture
def fake_chat():
    return FakeChatClient(["Aye, I can fix that.", "Come back tomorrow."])


@pytest.fixture
def npc():
    return FakeNPC()


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch):
    monkeypatch.setattr("rpg.ai.memory.NPCMemory._embed", lambda self, text: [])
