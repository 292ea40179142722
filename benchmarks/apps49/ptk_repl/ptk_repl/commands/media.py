"""Images, speech and vision commands."""
from __future__ import annotations

import base64
import mimetypes
import time
from pathlib import Path

from google.genai import types

from ptk_repl.ui import printing

from .base import command


def _out_dir(state) -> Path:
    path = state.config.data_dir / "media"
    path.mkdir(parents=True, exist_ok=True)
    return path


@command("image", aliases=("img",), raw=True)
def image(state, prompt: str):
    """Generate an image and save it to the data dir."""
    result = state.clients.openai.images.generate(
        model="gpt-image-1",
        prompt=prompt,
        size="1024x1024",
        n=1,
    )
    target = _out_dir(state) / f"image-{int(time.time())}.png"
    target.write_bytes(base64.b64decode(result.data[0].b64_json))
    printing.info(f"saved {target}")


@command("speak")
def speak(state, voice: str = "alloy"):
    """Read the last answer aloud (writes an mp3)."""
    if not state.last_answer:
        printing.error("no answer to read")
        return
    target = _out_dir(state) / f"speech-{int(time.time())}.mp3"
    with state.clients.openai.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice=voice,
        input=state.last_answer[:4000],
    ) as response:
        response.stream_to_file(target)
    printing.info(f"saved {target}")


@command("transcribe")
def transcribe(state, path: str):
    """Transcribe an audio file and put the text in the conversation."""
    with open(path, "rb") as fh:
        tr = state.clients.openai.audio.transcriptions.create(model="gpt-4o-transcribe", file=fh)
    msg = state.conversation.add("user", tr.text)
    state.store.append(state.conversation, msg)
    printing.dim(tr.text)


@command("look")
async def look(state, path: str, *question: str):
    """Ask Gemini about an image: /look FILE [question]"""
    data = Path(path).expanduser().read_bytes()
    mime = mimetypes.guess_type(path)[0] or "image/png"
    prompt = " ".join(question) or "Describe this image."
    resp = await state.clients.genai.aio.models.generate_content(
        model="gemini-2.5-flash",
        contents=[types.Part.from_bytes(data=data, mime_type=mime), prompt],
    )
    printing.answer(resp.text or "")


@command("attach")
def attach(state, path: str):
    """Upload a file so later /think calls can reference it."""
    with open(path, "rb") as fh:
        uploaded = state.clients.openai.files.create(file=fh, purpose="user_data")
    state.conversation.add("system", f"[attached file {uploaded.id}: {Path(path).name}]")
    printing.info(f"uploaded {uploaded.filename} as {uploaded.id}")
