"""Audio helpers (ffmpeg wrappers). No model calls in here."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

MAX_UPLOAD_BYTES = 24 * 1024 * 1024
SEGMENT_SECONDS = 600


def ffmpeg_path() -> str:
    path = shutil.which("ffmpeg")
    if not path:
        raise RuntimeError("ffmpeg not found; install it or pick a smaller file")
    return path


def split_audio(path: Path, seconds: int = SEGMENT_SECONDS) -> list[Path]:
    out_dir = Path(tempfile.mkdtemp(prefix="mm-split-"))
    pattern = out_dir / f"{path.stem}-%03d.mp3"
    subprocess.run(
        [ffmpeg_path(), "-i", str(path), "-f", "segment", "-segment_time", str(seconds),
         "-ac", "1", "-ar", "16000", "-b:a", "48k", str(pattern)],
        check=True,
        capture_output=True,
    )
    return sorted(out_dir.glob("*.mp3"))


def to_mono_16k(path: Path) -> Path:
    out = path.with_suffix(".16k.mp3")
    subprocess.run(
        [ffmpeg_path(), "-y", "-i", str(path), "-ac", "1", "-ar", "16000", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def duration_seconds(path: Path) -> float:
    probe = shutil.which("ffprobe") or "ffprobe"
    res = subprocess.run(
        [probe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(res.stdout.strip() or 0)
