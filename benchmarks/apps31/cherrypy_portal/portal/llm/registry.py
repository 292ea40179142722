"""Process-wide registry of LLM clients, filled by LLMClientsPlugin.start()."""
import threading

_lock = threading.Lock()
_clients = {}


def register(name, client):
    with _lock:
        _clients[name] = client


def get(name):
    with _lock:
        try:
            return _clients[name]
        except KeyError:
            raise LookupError("LLM client %r not registered (engine not started?)" % name)


def names():
    with _lock:
        return sorted(_clients)


def clear():
    with _lock:
        _clients.clear()
