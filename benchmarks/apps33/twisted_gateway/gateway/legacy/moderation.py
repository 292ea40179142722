"""OpenAI moderation gate (Deferred-callback style, 2021)."""
from twisted.internet import defer, threads
from twisted.python import log

BLOCKED_CATEGORIES = ("sexual/minors", "violence/graphic", "self-harm/instructions")


class ModerationGate(object):

    def __init__(self, openai_client, model="omni-moderation-latest"):
        self.client = openai_client
        self.model = model
        self.cache = {}

    def _evaluate(self, response):
        result = response.results[0]
        cats = result.categories.model_dump(by_alias=True)
        hit = [c for c in BLOCKED_CATEGORIES if cats.get(c)]
        if hit:
            log.msg("moderation blocked: %s" % ",".join(hit))
        return not hit

    def _remember(self, allowed, text):
        self.cache[hash(text)] = allowed
        return allowed

    def _fail_open(self, failure):
        log.err(failure, "moderation call failed; allowing")
        return True

    def check(self, text):
        key = hash(text)
        if key in self.cache:
            return defer.succeed(self.cache[key])
        d = threads.deferToThread(self.client.moderations.create,
                                  model=self.model, input=text)
        d.addCallback(self._evaluate)
        d.addCallback(self._remember, text)
        d.addErrback(self._fail_open)
        return d
