"""Image and audio tools."""
import base64
import logging
import tempfile
import uuid
from pathlib import Path
from typing import Optional

from mcp.server.fastmcp import Context, Image
from mcp.server.fastmcp.exceptions import ToolError

from helix_mcp.lifespan import get_app

log = logging.getLogger(__name__)

MAX_AUDIO_BYTES = 25 * 1024 * 1024
AUDIO_SUFFIXES = {".mp3", ".m4a", ".wav", ".webm", ".ogg", ".mp4"}
DIAGRAM_STYLE = (
    "Clean technical diagram, white background, flat boxes and arrows, readable labels, "
    "no decorative elements. "
)


async def generate_diagram(description: str, ctx: Context, size: str = "1536x1024") -> Image:
    """Render an architecture/flow diagram from a description."""
    app = get_app(ctx)
    result = await app.openai.images.generate(
        model="gpt-image-1",
        prompt=DIAGRAM_STYLE + description,
        size=size,
        quality="medium",
        n=1,
    )
    return Image(data=base64.b64decode(result.data[0].b64_json), format="png")


async def transcribe_recording(path: str, ctx: Context, language: Optional[str] = None) -> str:
    """Transcribe a meeting or incident-bridge recording from a local file."""
    app = get_app(ctx)
    p = Path(path).expanduser()
    if p.suffix.lower() not in AUDIO_SUFFIXES or not p.is_file():
        raise ToolError(f"not an audio file: {path}")
    if p.stat().st_size > MAX_AUDIO_BYTES:
        raise ToolError("recording is larger than 25 MB; split it first (ffmpeg -f segment)")
    extra = {"language": language} if language else {}
    with p.open("rb") as fh:
        transcript = await app.openai.audio.transcriptions.create(
            model="gpt-4o-mini-transcribe",
            file=fh,
            **extra,
        )
    return transcript.text


async def read_aloud(text: str, ctx: Context, voice: str = "alloy") -> str:
    """Turn text into speech; returns the path of an mp3 file on the server host."""
    app = get_app(ctx)
    out = Path(tempfile.gettempdir()) / f"helix-tts-{uuid.uuid4().hex}.mp3"
    async with app.openai.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice=voice,
        input=text[:4000],
    ) as response:
        await response.stream_to_file(out)
    log.info("read_aloud wrote %s", out)
    return str(out)
