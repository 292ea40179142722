"""SelectImpactedTests: picks the test shards to run for a change by
embedding the diff and comparing it with per-shard descriptions.

Experimental -- only enabled on the `try` builders.
"""
import functools
import json

from buildbot.process import buildstep
from buildbot.process.results import SUCCESS, WARNINGS
from twisted.internet import threads

from custom_steps.base import LLMStepMixin
from llm import get_openai_client
from llm.embeddings import cosine

SHARD_DESCRIPTIONS = {
    "core": "scheduler, data model, database migrations, master process",
    "www": "web UI, REST API, websocket, authentication",
    "worker": "worker protocol, remote commands, file transfer",
    "reporters": "notifications, status push, mail, chat integrations",
}


class SelectImpactedTests(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    name = "select-tests"
    descriptionDone = ["tests selected"]

    def __init__(self, threshold=0.3, **kwargs):
        self.threshold = threshold
        kwargs = self.setupShellMixin(kwargs)
        super().__init__(**kwargs)

    async def run(self):
        cmd = await self.makeRemoteShellCommand(collectStdout=True)
        await self.runCommand(cmd)
        diff = (cmd.stdout or "")[:20000]
        if not diff:
            self.setProperty("test_shards", list(SHARD_DESCRIPTIONS), "SelectImpactedTests")
            return SUCCESS

        client = get_openai_client()
        embed = functools.partial(client.embeddings.create, model=self.llm_settings.openai_embedding_model)

        def _embed_all():
            texts = [diff] + list(SHARD_DESCRIPTIONS.values())
            return embed(input=texts)

        resp = await threads.deferToThread(_embed_all)
        vectors = [d.embedding for d in resp.data]
        diff_vec, shard_vecs = vectors[0], vectors[1:]
        shards = [name for name, vec in zip(SHARD_DESCRIPTIONS, shard_vecs)
                  if cosine(diff_vec, vec) >= self.threshold]

        if not shards:
            shards = await threads.deferToThread(self._ask_model, diff)

        self.setProperty("test_shards", shards or list(SHARD_DESCRIPTIONS), "SelectImpactedTests")
        await self.addCompleteLog("shards", json.dumps(shards))
        return SUCCESS if shards else WARNINGS

    def _ask_model(self, diff):
        client = get_openai_client()
        resp = client.responses.create(
            model=self.llm_settings.openai_model,
            instructions=(
                "Given a diff, return a JSON list of the affected shards from: "
                + ", ".join(SHARD_DESCRIPTIONS)
            ),
            input=diff[:12000],
        )
        try:
            return [s for s in json.loads(resp.output_text) if s in SHARD_DESCRIPTIONS]
        except ValueError:
            return []
