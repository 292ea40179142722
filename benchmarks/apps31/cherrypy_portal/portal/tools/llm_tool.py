"""Puts the plugin-owned LLM clients on ``cherrypy.request.llm``."""
import cherrypy


class _Clients:
    __slots__ = ("_names",)

    def __init__(self, names):
        self._names = names

    def __getattr__(self, name):
        if name.startswith("_") or name not in self._names:
            raise AttributeError(name)
        client = cherrypy.engine.publish("llm.client", name)
        if not client or client[0] is None:
            raise cherrypy.HTTPError(503, "%s client unavailable" % name)
        return client[0]


def attach_llm(providers=("openai", "anthropic", "groq", "gemini", "fireworks", "hf")):
    cherrypy.request.llm = _Clients(frozenset(providers))
