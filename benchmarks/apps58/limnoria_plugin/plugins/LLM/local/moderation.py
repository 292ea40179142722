"""Passive moderation: flag lines for ops, never kick on our own."""

import logging
import time

log = logging.getLogger("supybot.plugins.LLM.moderation")

FLAG_CATEGORIES = ("harassment", "hate", "self_harm", "sexual_minors",
                   "violence")


class Verdict(object):
    def __init__(self, flagged, categories=(), score=0.0):
        self.flagged = flagged
        self.categories = list(categories)
        self.score = score

    def __bool__(self):
        return self.flagged

    __nonzero__ = __bool__


class Cooldown(object):
    """Don't spam ops with the same nick more than once a minute."""

    def __init__(self, seconds=60):
        self.seconds = seconds
        self._last = {}

    def ready(self, key):
        now = time.time()
        if now - self._last.get(key, 0) < self.seconds:
            return False
        self._last[key] = now
        return True


def moderate_openai(client, text):
    result = client.moderations.create(
        model="omni-moderation-latest",
        input=text,
    ).results[0]
    cats = [name for name, hit in result.categories.model_dump().items()
            if hit and name.split("/")[0] in FLAG_CATEGORIES]
    top = max(result.category_scores.model_dump().values() or [0.0])
    return Verdict(bool(cats), cats, top)


def moderate_mistral(client, nick, text):
    res = client.classifiers.moderate_chat(
        model="mistral-moderation-latest",
        inputs=[{"role": "user", "content": "<%s> %s" % (nick, text)}],
    )
    scores = res.results[0].category_scores
    cats = [c for c, s in scores.items() if s > 0.8]
    return Verdict(bool(cats), cats, max(scores.values() or [0.0]))


def check(bundle, provider, nick, text):
    if len(text) < 4:
        return Verdict(False)
    if provider == "mistral":
        return moderate_mistral(bundle.mistral, nick, text)
    return moderate_openai(bundle.openai, text)
