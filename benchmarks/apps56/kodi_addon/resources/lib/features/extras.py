# -*- coding: utf-8 -*-
"""Media extras: read summaries aloud (accessibility request #41) and
generate placeholder poster art for home videos that have none."""
import base64

import xbmc
import xbmcvfs

from resources.lib import kodiutils
from resources.lib.ai import registry
from resources.lib.ai.clients import get_openai_client

VOICE = "alloy"


def speak(text):
    if not kodiutils.get_setting_bool("read_aloud"):
        return None
    out = kodiutils.profile_path("tts.mp3")
    client = get_openai_client()
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice=VOICE,
        input=text[:3500],
        response_format="mp3",
    ) as response:
        response.stream_to_file(out)
    xbmc.Player().play(out)
    return out


def generate_poster(title, plot, out_path):
    client = registry.get("openai")
    img = client.images.generate(
        model="gpt-image-1",
        prompt="A tasteful film poster without any text for '{}'. {}".format(title, plot[:300]),
        size="1024x1536",
        n=1,
    )
    data = base64.b64decode(img.data[0].b64_json)
    with xbmcvfs.File(out_path, "wb") as fh:
        fh.write(bytearray(data))
    kodiutils.log("poster written to {}".format(out_path))
    return out_path
