"""Perspective Broker endpoint for the old reporting box (deprecated, GW-88).

Enabled with GATEWAY_PB_LEGACY=1.
"""
from twisted.internet import threads
from twisted.spread import pb

from gateway.legacy import http_completion


class LegacyCompletionRoot(pb.Root):

    def __init__(self, openai_client):
        self.openai = openai_client

    def remote_complete(self, prompt, model="gpt-3.5-turbo-instruct"):
        return threads.deferToThread(
            lambda: self.openai.completions.create(
                model=model, prompt=prompt, max_tokens=256).choices[0].text)

    def remote_chat(self, messages, model="gpt-4o-mini"):
        return http_completion.chat_completion(messages, model=model)

    def remote_claude(self, prompt):
        return http_completion.claude_completion(prompt)

    def remote_embed(self, texts):
        def _go():
            resp = self.openai.embeddings.create(model="text-embedding-3-small", input=texts)
            return [d.embedding for d in resp.data]
        return threads.deferToThread(_go)

    def remote_upload_batch(self, path):
        # files API -- upload only; the batch is created from the UI
        def _go():
            with open(path, "rb") as fh:
                return self.openai.files.create(file=fh, purpose="batch").id
        return threads.deferToThread(_go)

    def remote_fast(self, prompt):
        from twisted.internet import defer
        return defer.ensureDeferred(http_completion.groq_chat_raw(
            [{"role": "user", "content": prompt}]))

    def remote_summarize(self, text):
        from gateway.services.multi_model_service import TaskComplexity, multi_model_service
        from twisted.internet import defer
        return defer.ensureDeferred(multi_model_service.generate_response(
            prompt="Summarize:\n" + text, task_type="pb_summarize",
            complexity=TaskComplexity.STANDARD))


class LegacyClientHelper(object):
    """Used by the reporting box; connects to the PB root above."""

    def __init__(self, host, port):
        self.host = host
        self.port = port

    def call(self, method, *args):
        from twisted.internet import reactor
        factory = pb.PBClientFactory()
        reactor.connectTCP(self.host, self.port, factory)
        d = factory.getRootObject()
        d.addCallback(lambda root: root.callRemote(method, *args))
        d.addBoth(self._disconnect, factory)
        return d

    def _disconnect(self, result, factory):
        factory.disconnect()
        return result
