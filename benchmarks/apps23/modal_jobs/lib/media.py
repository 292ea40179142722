"""ffmpeg / pydub helpers for the audio jobs (only available in media_image)."""
from __future__ import annotations

import io
import math
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# OpenAI's transcription endpoint caps uploads at 25 MB.
MAX_UPLOAD_BYTES = 24 * 1024 * 1024
CHUNK_SECONDS = 10 * 60


@dataclass
class AudioChunk:
    index: int
    start: float
    path: Path

    def open(self) -> io.BufferedReader:
        return self.path.open("rb")


def probe_duration(path: str | Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def to_mono_mp3(src: str | Path, bitrate: str = "64k") -> Path:
    dst = Path(tempfile.mkdtemp()) / (Path(src).stem + ".mp3")
    subprocess.run(
        ["ffmpeg", "-y", "-i", str(src), "-ac", "1", "-ar", "16000", "-b:a", bitrate, str(dst)],
        check=True,
        capture_output=True,
    )
    return dst


def split_audio(src: str | Path, chunk_seconds: int = CHUNK_SECONDS) -> list[AudioChunk]:
    mp3 = to_mono_mp3(src)
    if mp3.stat().st_size <= MAX_UPLOAD_BYTES:
        return [AudioChunk(0, 0.0, mp3)]
    duration = probe_duration(mp3)
    chunks = []
    for i in range(math.ceil(duration / chunk_seconds)):
        start = i * chunk_seconds
        dst = mp3.with_name(f"{mp3.stem}.{i:03d}.mp3")
        subprocess.run(
            ["ffmpeg", "-y", "-ss", str(start), "-t", str(chunk_seconds), "-i", str(mp3), "-c", "copy", str(dst)],
            check=True,
            capture_output=True,
        )
        chunks.append(AudioChunk(i, float(start), dst))
    return chunks


def merge_segments(parts: list[tuple[float, list[dict]]]) -> list[dict]:
    merged: list[dict] = []
    for offset, segments in sorted(parts, key=lambda p: p[0]):
        for seg in segments:
            merged.append({**seg, "start": seg["start"] + offset, "end": seg["end"] + offset})
    return merged
