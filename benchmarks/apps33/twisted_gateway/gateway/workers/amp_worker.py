"""AMP worker: the batch jobs and the report box send Complete/Embed here."""
from twisted.internet import defer, protocol, threads
from twisted.logger import Logger
from twisted.protocols import amp

from gateway.services.multi_model_service import TaskComplexity, multi_model_service


class Complete(amp.Command):
    arguments = [(b"provider", amp.Unicode()),
                 (b"model", amp.Unicode()),
                 (b"prompt", amp.Unicode()),
                 (b"max_tokens", amp.Integer(optional=True))]
    response = [(b"text", amp.Unicode()),
                (b"input_tokens", amp.Integer()),
                (b"output_tokens", amp.Integer())]
    errors = {LookupError: b"UNKNOWN_PROVIDER"}


class Embed(amp.Command):
    arguments = [(b"provider", amp.Unicode()),
                 (b"texts", amp.ListOf(amp.Unicode()))]
    response = [(b"vectors", amp.ListOf(amp.ListOf(amp.Float())))]


class Classify(amp.Command):
    arguments = [(b"text", amp.Unicode()),
                 (b"labels", amp.ListOf(amp.Unicode()))]
    response = [(b"label", amp.Unicode())]


class Ping(amp.Command):
    arguments = []
    response = [(b"pong", amp.Unicode())]


class WorkerProtocol(amp.AMP):
    log = Logger()

    def __init__(self, registry):
        amp.AMP.__init__(self)
        self.registry = registry

    @Ping.responder
    def ping(self):
        return {"pong": u"ok"}

    def _complete_blocking(self, provider, model, prompt, max_tokens):
        client = self.registry.get(provider)
        if provider == "anthropic":
            msg = client.messages.create(
                model=model, max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}])
            return {"text": msg.content[0].text,
                    "input_tokens": msg.usage.input_tokens,
                    "output_tokens": msg.usage.output_tokens}
        if provider == "cohere":
            resp = client.chat(model=model, messages=[{"role": "user", "content": prompt}],
                               max_tokens=max_tokens)
            usage = resp.usage.billed_units
            return {"text": resp.message.content[0].text,
                    "input_tokens": int(usage.input_tokens or 0),
                    "output_tokens": int(usage.output_tokens or 0)}
        # openai and groq share the openai SDK surface
        resp = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens)
        return {"text": resp.choices[0].message.content,
                "input_tokens": resp.usage.prompt_tokens,
                "output_tokens": resp.usage.completion_tokens}

    @Complete.responder
    def complete(self, provider, model, prompt, max_tokens=None):
        return threads.deferToThread(self._complete_blocking, provider, model,
                                     prompt, max_tokens or 1024)

    @Embed.responder
    def embed(self, provider, texts):
        client = self.registry.get(provider)
        if provider == "voyage":
            d = threads.deferToThread(client.embed, texts, model="voyage-3",
                                      input_type="document")
            d.addCallback(lambda r: {"vectors": r.embeddings})
        elif provider == "cohere":
            d = threads.deferToThread(client.embed, texts=texts, model="embed-english-v3.0",
                                      input_type="search_document",
                                      embedding_types=["float"])
            d.addCallback(lambda r: {"vectors": r.embeddings.float_})
        else:
            d = threads.deferToThread(client.embeddings.create,
                                      model="text-embedding-3-small", input=texts)
            d.addCallback(lambda r: {"vectors": [e.embedding for e in r.data]})
        return d

    @Classify.responder
    def classify(self, text, labels):
        prompt = ("Classify the text into exactly one of: %s.\nReply with the label only.\n\n%s"
                  % (", ".join(labels), text))
        d = defer.ensureDeferred(multi_model_service.generate_response(
            prompt=prompt, task_type="classify", complexity=TaskComplexity.SIMPLE))
        d.addCallback(lambda out: {"label": out.strip()})
        return d


class WorkerFactory(protocol.Factory):

    def __init__(self, registry):
        self.registry = registry

    def buildProtocol(self, addr):
        p = WorkerProtocol(self.registry)
        p.factory = self
        return p


class WorkerClient(object):
    """Client side used by the batch box to talk to a worker over AMP."""

    def __init__(self, endpoint):
        self.endpoint = endpoint
        self._proto = None

    @defer.inlineCallbacks
    def connect(self):
        from twisted.internet.endpoints import connectProtocol
        self._proto = yield connectProtocol(self.endpoint, amp.AMP())
        defer.returnValue(self)

    def complete(self, provider, model, prompt, max_tokens=1024):
        # AMP callRemote -- goes to WorkerProtocol.complete on the worker
        return self._proto.callRemote(Complete, provider=provider, model=model,
                                      prompt=prompt, max_tokens=max_tokens)

    def embed(self, provider, texts):
        return self._proto.callRemote(Embed, provider=provider, texts=texts)

    def ping(self):
        return self._proto.callRemote(Ping)

    def close(self):
        if self._proto is not None:
            self._proto.transport.loseConnection()
