"""runbooks skill: 'runbook <question>' answers from our runbooks repo."""
import asyncio
import logging

from opsdroid.matchers import match_regex
from opsdroid.skill import Skill

from skills.common import bedrock_runtime
from skills.common.prompts import RUNBOOK_ANSWER, render

from .index import RunbookIndex

_LOGGER = logging.getLogger(__name__)


class RunbookSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.runtime = bedrock_runtime(config)
        self.answer_model = config.get("answer_model", "anthropic.claude-3-5-sonnet-20240620-v1:0")
        self.index = RunbookIndex(opsdroid, self.runtime, config.get("runbook_dir", "/srv/runbooks"))

    def _answer_sync(self, prompt):
        response = self.runtime.converse_stream(
            modelId=self.answer_model,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 900, "temperature": 0},
        )
        out = []
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                out.append(event["contentBlockDelta"]["delta"].get("text", ""))
        return "".join(out)

    @match_regex(r"^runbook (?P<question>.+)$", case_sensitive=False)
    async def runbook(self, message):
        question = message.entities["question"]["value"]
        hits = await self.index.search(question)
        if not hits:
            await message.respond("I have no runbooks indexed yet. Try `reindex runbooks`.")
            return
        prompt = render(RUNBOOK_ANSWER, excerpts=hits, question=question)
        answer = await asyncio.get_running_loop().run_in_executor(None, self._answer_sync, prompt)
        await message.respond(answer)

    @match_regex(r"^reindex runbooks$", case_sensitive=False)
    async def reindex(self, message):
        await message.respond("Re-indexing runbooks, this takes a minute…")
        count = await self.index.rebuild()
        await message.respond(f"Indexed {count} runbook sections.")
