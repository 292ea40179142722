"""Stores posted recaps so 'recap last' can repeat them without a new call."""

import json
import os
import threading
import time


class RecapStore(object):
    def __init__(self, filename):
        self.filename = filename
        self._lock = threading.Lock()
        self._data = {}
        if os.path.exists(filename):
            with open(filename) as fd:
                self._data = json.load(fd)

    def create(self, channel, text, model):
        entry = {"ts": time.time(), "text": text, "model": model}
        with self._lock:
            self._data.setdefault(channel, []).append(entry)
            self._data[channel] = self._data[channel][-30:]
            self._flush()
        return entry

    def last(self, channel):
        entries = self._data.get(channel) or []
        return entries[-1] if entries else None

    def _flush(self):
        tmp = self.filename + ".tmp"
        with open(tmp, "w") as fd:
            json.dump(self._data, fd)
        os.replace(tmp, self.filename)
