"""Replay the cmd2 transcripts in tests/transcripts with fake clients."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.txt"))


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda p: p.stem)
def test_transcript(app, monkeypatch, transcript, capsys):
    # cmd2 runs transcripts when started with `--test FILE`; it exits with 0 on success
    monkeypatch.setattr(sys, "argv", ["querysh", "--test", str(transcript)])
    app._startup_commands = []
    app.allow_cli_args = True
    app._transcript_files = [str(transcript)]
    exit_code = app.cmdloop()
    out = capsys.readouterr()
    assert exit_code == 0, out.err
