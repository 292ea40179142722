"""Accessibility: read descriptions aloud (issue #57)."""
import os
import tempfile

from PySide import QtCore

from freecad.aiassist.llm.clients import get_openai_client
from freecad.aiassist.utils.retry import with_retry


def synthesize(text, voice="alloy"):
    client = get_openai_client()
    audio = with_retry(client.audio.speech.create, model="gpt-4o-mini-tts", voice=voice, input=text[:4000])
    path = os.path.join(tempfile.gettempdir(), "aiassist_tts.mp3")
    audio.write_to_file(path)
    return path


def play(path):
    from PySide import QtMultimedia

    player = QtMultimedia.QMediaPlayer()
    player.setMedia(QtMultimedia.QMediaContent(QtCore.QUrl.fromLocalFile(path)))
    player.play()
    return player
