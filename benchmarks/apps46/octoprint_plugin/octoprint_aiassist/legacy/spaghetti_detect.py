# coding=utf-8
"""v0.3 spaghetti detector. Replaced by analysis.snapshot.SnapshotAnalyzer,
but the old "Detect now" button and the 0.3 REST endpoint still call it."""
from __future__ import absolute_import, unicode_literals

import base64
import logging

import anthropic
import openai

_logger = logging.getLogger("octoprint.plugins.aiassist.legacy.spaghetti")


def detect_openai(api_key, jpeg_bytes):
    client = openai.OpenAI(api_key=api_key)
    b64 = base64.b64encode(jpeg_bytes).decode()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Is there spaghetti (failed print) in this image? Answer YES or NO."},
            {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64," + b64}},
        ]}],
        max_tokens=5,
    )
    return "YES" in (resp.choices[0].message.content or "").upper()


def detect_claude(api_key, jpeg_bytes):
    client = anthropic.Anthropic(api_key=api_key)
    resp = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=5,
        messages=[{"role": "user", "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg",
                                         "data": base64.b64encode(jpeg_bytes).decode()}},
            {"type": "text", "text": "Is there spaghetti (failed print) in this image? Answer YES or NO."},
        ]}],
    )
    return "YES" in resp.content[0].text.upper()


def describe_old(api_key, text):
    """Completions endpoint, kept for the 0.3 REST contract (``/describe``)."""
    client = openai.OpenAI(api_key=api_key)
    resp = client.completions.create(model="gpt-3.5-turbo-instruct", prompt=text, max_tokens=200)
    return resp.choices[0].text


DETECTORS = {
    "openai": detect_openai,
    "anthropic": detect_claude,
}


def detect(provider, api_key, jpeg_bytes):
    detector = DETECTORS.get(provider)
    if detector is None:
        _logger.warning("Legacy detector has no %s implementation", provider)
        return False
    return detector(api_key, jpeg_bytes)
