"""Name -> client registry used by the AMP worker and the router."""
from gateway.providers import clients


class ProviderRegistry(object):

    def __init__(self):
        self._clients = {}

    def register(self, name, client):
        self._clients[name] = client

    def get(self, name):
        try:
            return self._clients[name]
        except KeyError:
            raise LookupError("unknown provider %r" % (name,))

    def names(self):
        return sorted(self._clients)

    def __contains__(self, name):
        return name in self._clients


def build_default_registry():
    reg = ProviderRegistry()
    reg.register("openai", clients.get_openai_client())
    reg.register("anthropic", clients.get_anthropic_client())
    reg.register("cohere", clients.get_cohere_client())
    reg.register("groq", clients.get_groq_compat_client())
    reg.register("voyage", clients.get_voyage_client())
    return reg


