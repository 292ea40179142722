"""The original tutor engine (v0.3). Still used by the story mode screen.

DEPRECATED: new code should use tutor.services.conversation / multi_model_service.
"""
import os

import httpx
import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

STORY_SYSTEM = "You write very short graded-reader stories for language learners."


def generate_story(language, level, topic):
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": STORY_SYSTEM},
            {"role": "user", "content": f"A {level} story in {language} about {topic}, 150 words."},
        ],
    )
    return resp.choices[0].message.content


def moderate_user_text(text):
    result = openai.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def story_questions(story, n=3):
    # Written before we had the SDK in the build on Android; kept because the
    # p4a recipe for openai still pulls in jiter which doesn't build on armv7.
    r = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {openai.api_key}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": f"Write {n} comprehension questions for:\n{story}"}],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].splitlines()


def list_available_models():
    return [m.id for m in openai.models.list() if m.id.startswith("gpt")]


def transcribe_file(path, language="es"):
    """v0.3 transcription path (Android builds without the SDK)."""
    import requests

    with open(path, "rb") as fh:
        r = requests.post(
            "https://api.openai.com/v1/audio/transcriptions",
            headers={"Authorization": f"Bearer {openai.api_key}"},
            files={"file": (os.path.basename(path), fh, "audio/wav")},
            data={"model": "whisper-1", "language": language},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["text"]


class StoryCache:
    """In-memory cache of generated stories keyed by (language, level, topic)."""

    def __init__(self, maxsize=32):
        self._items = {}
        self.maxsize = maxsize

    def get_or_generate(self, language, level, topic):
        key = (language, level, topic)
        if key not in self._items:
            if len(self._items) >= self.maxsize:
                self._items.pop(next(iter(self._items)))
            self._items[key] = generate_story(language, level, topic)
        return self._items[key]
