"""Google Gemini backend via google-genai."""
from __future__ import annotations

from pathlib import Path

from google.genai import types

from .._image_utils import to_png_bytes
from .._settings import get_settings


def caption_with_gemini(client, img, prompt: str, system: str | None = None) -> str:
    settings = get_settings()
    result = client.models.generate_content(
        model=settings.gemini_model,
        contents=[types.Part.from_bytes(data=to_png_bytes(img), mime_type="image/png"), prompt],
        config=types.GenerateContentConfig(
            system_instruction=system,
            temperature=settings.temperature,
            max_output_tokens=settings.max_tokens,
        ),
    )
    return result.text or ""


def stream_caption(client, img, prompt: str):
    for chunk in client.models.generate_content_stream(
        model=get_settings().gemini_model,
        contents=[types.Part.from_bytes(data=to_png_bytes(img), mime_type="image/png"), prompt],
    ):
        if chunk.text:
            yield chunk.text


def upload_stack(client, path: Path):
    """Upload a large TIFF/MP4 once so it can be referenced by later requests."""
    return client.files.upload(file=str(path), config={"mime_type": "video/mp4"})


def ask_about_uploaded(client, uploaded_file, question: str) -> str:
    response = client.models.generate_content(
        model=get_settings().gemini_model, contents=[uploaded_file, question]
    )
    return response.text


class GeminiChatSession:
    """Multi-turn chat that keeps history server-side-ish (in the SDK object).

    Used by the chat dock's 'Gemini' mode (experimental, behind a setting).
    """

    def __init__(self, client, system: str | None = None):
        self._client = client
        self._chat = client.chats.create(
            model=get_settings().gemini_model,
            config=types.GenerateContentConfig(system_instruction=system),
        )
        self.turns = 0

    def send(self, text: str, img=None) -> str:
        message = [text]
        if img is not None:
            message.insert(0, types.Part.from_bytes(data=to_png_bytes(img), mime_type="image/png"))
        reply = self._chat.send_message(message)
        self.turns += 1
        return reply.text or ""

    def history(self) -> list[tuple[str, str]]:
        return [
            (c.role, "".join(p.text or "" for p in c.parts))
            for c in self._chat.get_history()
        ]
