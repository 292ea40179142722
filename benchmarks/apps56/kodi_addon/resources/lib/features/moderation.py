# -*- coding: utf-8 -*-
"""Kids mode: screen generated text before showing it on the TV."""
from resources.lib import kodiutils
from resources.lib.ai import registry


def is_safe(text):
    if not kodiutils.get_setting_bool("kids_mode"):
        return True
    try:
        client = registry.get("openai")
    except Exception:
        # no OpenAI key: be conservative
        return False
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return not result.results[0].flagged


def filter_text(text, replacement=None):
    if is_safe(text):
        return text
    return replacement or kodiutils.localize(30520)
