from pathlib import Path
from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from minutes_mate.services import transcription


def _resp(text, duration=10.0):
    seg = SimpleNamespace(start=0.0, end=duration, text=f" {text} ")
    return SimpleNamespace(text=text, segments=[seg], language="en", duration=duration)


def test_openai_backend(tmp_path: Path):
    audio = tmp_path / "a.mp3"
    audio.write_bytes(b"\x00" * 100)
    fake = MagicMock()
    fake.audio.transcriptions.create.return_value = _resp("hello")
    with patch.object(transcription, "get_openai_client", return_value=fake):
        t = transcription.transcribe(audio, backend="openai")
    assert t.text == "hello"
    assert t.segments[0].text == "hello"
    assert fake.audio.transcriptions.create.call_args.kwargs["model"] == "whisper-1"


def test_groq_backend_sends_bytes(tmp_path: Path):
    audio = tmp_path / "b.wav"
    audio.write_bytes(b"RIFF")
    fake = MagicMock()
    fake.audio.transcriptions.create.return_value = _resp("hola")
    with patch.object(transcription, "get_groq_client", return_value=fake):
        t = transcription.transcribe(audio, backend="groq")
    assert t.text == "hola"
    name, data = fake.audio.transcriptions.create.call_args.kwargs["file"]
    assert name == "b.wav" and data == b"RIFF"


def test_large_file_is_split(tmp_path: Path, monkeypatch):
    audio = tmp_path / "big.mp3"
    audio.write_bytes(b"x")
    parts = [tmp_path / "p0.mp3", tmp_path / "p1.mp3"]
    monkeypatch.setattr(transcription, "MAX_UPLOAD_BYTES", 0)
    monkeypatch.setattr(transcription, "split_audio", lambda p: parts)
    calls = []

    def fake_backend(path, language=None):
        calls.append(path)
        return transcription.Transcript(text=path.stem, segments=[], duration=5.0)

    monkeypatch.setitem(transcription.BACKENDS, "openai", fake_backend)
    t = transcription.transcribe(audio)
    assert t.text == "p0 p1"
    assert t.duration == 10.0
