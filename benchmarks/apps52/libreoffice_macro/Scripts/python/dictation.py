# -*- coding: utf-8 -*-
"""Writer macro: transcribe an audio file chosen by the user and insert the text."""
import uno  # noqa: F401
from groq import Groq

from writerai import load_settings


def _pick_file(ctx):
    smgr = ctx.getServiceManager()
    picker = smgr.createInstanceWithContext("com.sun.star.ui.dialogs.FilePicker", ctx)
    picker.appendFilter("Audio", "*.mp3;*.wav;*.m4a;*.ogg")
    if picker.execute() != 1:
        return None
    return uno.fileUrlToSystemPath(picker.getFiles()[0])


def insert_dictation(*args):
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    path = _pick_file(ctx)
    if not path:
        return
    settings = load_settings(ctx)
    client = Groq(api_key=settings.groq_api_key)
    with open(path, "rb") as fh:
        transcript = client.audio.transcriptions.create(
            file=(path, fh.read()),
            model="whisper-large-v3-turbo",
            response_format="text",
        )
    cursor = doc.getCurrentController().getViewCursor()
    doc.getText().insertString(cursor, str(transcript), False)


g_exportedScripts = (insert_dictation,)
