"""Per-channel ring buffer of recent lines, used by summarise and Recap."""

import collections
import threading
import time

Line = collections.namedtuple("Line", "ts nick text action")


class NickCompleter(object):
    """Tab-completion style nick lookup ("who is 'mar'?" -> marta)."""

    def __init__(self):
        self._nicks = set()

    def add(self, nick):
        self._nicks.add(nick)

    def completion(self, prefix):
        prefix = prefix.lower()
        matches = sorted(n for n in self._nicks if n.lower().startswith(prefix))
        return matches[0] if len(matches) == 1 else None


class Scrollback(object):
    def __init__(self, size=300):
        self.size = size
        self._lines = collections.defaultdict(
            lambda: collections.deque(maxlen=self.size))
        self._lock = threading.Lock()
        self.nicks = collections.defaultdict(NickCompleter)

    def add(self, channel, nick, text, action=False):
        with self._lock:
            self._lines[channel].append(Line(time.time(), nick, text, action))
            self.nicks[channel].add(nick)

    def recent(self, channel, n=None, since=None):
        with self._lock:
            lines = list(self._lines.get(channel, ()))
        if since is not None:
            lines = [l for l in lines if l.ts >= since]
        if n is not None:
            lines = lines[-n:]
        return lines

    def resize(self, channel, size):
        with self._lock:
            old = self._lines.get(channel, ())
            self._lines[channel] = collections.deque(old, maxlen=size)

    def clear(self, channel):
        with self._lock:
            self._lines.pop(channel, None)

    @staticmethod
    def render(lines):
        out = []
        for line in lines:
            stamp = time.strftime("%H:%M", time.gmtime(line.ts))
            if line.action:
                out.append("[%s] * %s %s" % (stamp, line.nick, line.text))
            else:
                out.append("[%s] <%s> %s" % (stamp, line.nick, line.text))
        return "\n".join(out)
