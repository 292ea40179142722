"""
Disk-backed cache of LLM answers, keyed by prompt hash, so that repeated
highstates don't re-ask the same question.

Nothing in here talks to an LLM.
"""
import hashlib
import logging
import os
import time

import salt.utils.files
import salt.utils.json

log = logging.getLogger(__name__)

__virtualname__ = "prompt_cache"


def __virtual__():
    return __virtualname__


class PromptCache:
    def __init__(self, cachedir, ttl=86400):
        self.cachedir = os.path.join(cachedir, "llm_prompt_cache")
        self.ttl = ttl

    def _path(self, key):
        return os.path.join(self.cachedir, key[:2], key + ".json")

    @staticmethod
    def key(prompt, model):
        return hashlib.sha256("{}\0{}".format(model, prompt).encode("utf-8")).hexdigest()

    def create(self):
        os.makedirs(self.cachedir, exist_ok=True)
        return self

    def get(self, key):
        path = self._path(key)
        if not os.path.exists(path):
            return None
        if time.time() - os.path.getmtime(path) > self.ttl:
            return None
        with salt.utils.files.fopen(path, "r") as fh:
            return salt.utils.json.load(fh)

    def put(self, key, value):
        path = self._path(key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with salt.utils.files.fopen(path, "w") as fh:
            salt.utils.json.dump(value, fh)

    def generate(self, prompt, model, producer):
        """Return cached value or call ``producer()`` and store it."""
        k = self.key(prompt, model)
        hit = self.get(k)
        if hit is not None:
            return hit
        value = producer()
        self.put(k, value)
        return value


def _cache():
    return PromptCache(__opts__["cachedir"]).create()


def cached_summarize(text, style="bullets"):
    """
    ``llm.summarize`` with a disk cache in front.
    """
    return _cache().generate(
        text, "llm.summarize:" + style, lambda: __salt__["llm.summarize"](text, style=style)
    )


def clear():
    root = _cache().cachedir
    removed = 0
    for dirpath, _, files in os.walk(root):
        for name in files:
            os.unlink(os.path.join(dirpath, name))
            removed += 1
    return {"removed": removed}
