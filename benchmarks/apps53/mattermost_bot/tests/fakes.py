"""Fakes for the SDK clients and the Mattermost driver."""
from __future__ import annotations

from types import SimpleNamespace


class FakeDriver:
    def __init__(self, thread=None):
        self.replies = []
        self.posts_created = []
        self.reactions = []
        self._thread = thread or {"order": [], "posts": {}}
        self.users = SimpleNamespace(get_user=lambda uid: {"username": f"user-{uid}"})
        self.posts = SimpleNamespace(patch_post=lambda pid, body: None, get_posts_for_channel=lambda cid, params=None: {"order": [], "posts": {}})

    def reply_to(self, message, text, **kwargs):
        self.replies.append(text)
        return {"id": f"reply-{len(self.replies)}"}

    def create_post(self, channel_id, text, **kwargs):
        self.posts_created.append((channel_id, text))

    def react_to(self, message, emoji):
        self.reactions.append(emoji)

    def get_thread(self, root_id):
        return self._thread


class _FakeCompletions:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.text)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            model=kwargs.get("model", "fake"),
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, text="fake answer"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(text))


class _FakeMessages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            model=kwargs["model"],
            usage=SimpleNamespace(input_tokens=10, output_tokens=4),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, text="- point one\n- point two"):
        self.messages = _FakeMessages(text)


def make_message(text="ask hi", reply_id="", channel_id="chan1", sender="alice"):
    return SimpleNamespace(
        text=text, id="post1", reply_id=reply_id, channel_id=channel_id, sender_name=sender, user_id="u1"
    )
