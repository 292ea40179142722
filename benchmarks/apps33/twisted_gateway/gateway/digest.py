"""Nightly digest e-mail. Old code: Deferred chains all the way down."""
from twisted.internet import defer
from twisted.python import log

from gateway.legacy import http_completion
from gateway.legacy.summarizer import Summarizer, headline_deferred
from gateway.notify import Mailer


class DigestBuilder(object):

    def __init__(self, mailer=None):
        self.summarizer = Summarizer()
        self.mailer = mailer or Mailer()

    def _compose(self, results):
        (ok1, headline), (ok2, summary), (ok3, actions) = results
        return "%s\n\n%s\n\nAction items:\n%s" % (
            headline if ok1 else "Daily digest",
            summary if ok2 else "(summary unavailable)",
            actions if ok3 else "-")

    def build(self, text):
        dl = defer.DeferredList([
            headline_deferred(text),
            self.summarizer.summarize(text),
            http_completion.chat_completion(
                [{"role": "user", "content": "List action items:\n" + text[:8000]}]),
        ], consumeErrors=True)
        dl.addCallback(self._compose)
        return dl

    def send(self, text, recipients):
        d = self.build(text)
        d.addCallback(lambda body: self.mailer.create(recipients, "Daily digest", body))
        d.addErrback(log.err)
        return d
