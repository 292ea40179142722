"""Audio -> transcript with Whisper. Long recordings are split with ffmpeg first."""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from pathlib import Path
from typing import List

from common.llm import openai_client

log = logging.getLogger(__name__)

# Whisper API rejects files over 25 MB; 10-minute mono 32 kbps segments stay well under.
SEGMENT_SECONDS = 600


def _split_audio(path: str, workdir: str) -> List[str]:
    pattern = os.path.join(workdir, "seg_%03d.mp3")
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", path, "-ac", "1", "-b:a", "32k",
         "-f", "segment", "-segment_time", str(SEGMENT_SECONDS), pattern],
        check=True,
    )
    return sorted(str(p) for p in Path(workdir).glob("seg_*.mp3"))


def transcribe(path: str, language: str = "") -> str:
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        segments = _split_audio(path, tmp)
        log.info("transcribing %s in %d segments", path, len(segments))
        for i, seg in enumerate(segments):
            with open(seg, "rb") as fh:
                result = openai_client.audio.transcriptions.create(
                    model="whisper-1",
                    file=fh,
                    response_format="verbose_json",
                    language=language or None,
                    prompt=parts[-1][-400:] if parts else None,
                )
            offset = i * SEGMENT_SECONDS
            for s in result.segments or []:
                mm, ss = divmod(int(s.start + offset), 60)
                parts.append(f"[{mm:02d}:{ss:02d}] {s.text.strip()}")
    return "\n".join(parts)
