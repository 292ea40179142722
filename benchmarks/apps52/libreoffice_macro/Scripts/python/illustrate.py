# -*- coding: utf-8 -*-
"""Writer macro: generate an illustration for the selected paragraph and insert it."""
import base64
import os
import tempfile

import uno

from writerai.clients import get_openai_client
from writerai.uno_helpers import get_selected_text, make_property


def _insert_image(doc, rng, path):
    graphic_provider = XSCRIPTCONTEXT.getComponentContext().getServiceManager().createInstanceWithContext(  # noqa: F821
        "com.sun.star.graphic.GraphicProvider", XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    )
    graphic = graphic_provider.queryGraphic((make_property("URL", uno.systemPathToFileUrl(path)),))
    shape = doc.createInstance("com.sun.star.text.TextGraphicObject")
    shape.Graphic = graphic
    doc.getText().insertTextContent(rng.getEnd(), shape, False)


def illustrate_selection(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    rng, text = get_selected_text(doc)
    if not text:
        return
    openai_client = get_openai_client()
    result = openai_client.images.generate(
        model="gpt-image-1",
        prompt="A simple, clean illustration for this paragraph: " + text[:900],
        size="1024x1024",
        n=1,
    )
    data = base64.b64decode(result.data[0].b64_json)
    fd, path = tempfile.mkstemp(suffix=".png")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    _insert_image(doc, rng, path)


def read_aloud(*args):
    """Writes an MP3 of the selection next to the document."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    _, text = get_selected_text(doc)
    out = os.path.join(tempfile.gettempdir(), "writerai_read_aloud.mp3")
    with get_openai_client().audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input=text[:4000]
    ) as response:
        response.stream_to_file(out)
    os.startfile(out) if hasattr(os, "startfile") else None


g_exportedScripts = (illustrate_selection, read_aloud)
