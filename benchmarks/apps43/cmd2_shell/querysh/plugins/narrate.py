"""Narrate plugin: `say` reads the last LLM answer aloud (macOS/Linux players)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import cmd2


def _player() -> list[str] | None:
    for cmd in (["afplay"], ["mpg123", "-q"], ["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"]):
        if shutil.which(cmd[0]):
            return cmd
    return None


def setup(app) -> None:
    def do_say(self, statement: cmd2.Statement) -> None:
        """Speak the last LLM answer (or the given text)."""
        text = statement.args or next((e.text for e in reversed(self.session.entries) if e.kind == "llm"), "")
        if not text:
            self.poutput("nothing to say")
            return
        audio = self.openai.audio.speech.create(model="tts-1", voice="alloy", input=text[:4000])
        out = Path(tempfile.gettempdir()) / "querysh_say.mp3"
        audio.write_to_file(out)
        player = _player()
        if player:
            subprocess.run([*player, str(out)], check=False)
        else:
            self.poutput(f"audio written to {out}")

    # cmd2 picks up do_* attributes set on the class
    setattr(type(app), "do_say", do_say)
