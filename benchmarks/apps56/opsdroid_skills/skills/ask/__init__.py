"""ask skill: free-form questions for opsbot."""
import logging

from opsdroid.matchers import match_regex
from opsdroid.skill import Skill

from skills.common import (
    ClientBundle,
    TaskComplexity,
    get_backend,
    multi_model_service,
    openai_client,
    perplexity_client,
    store_for,
)
from skills.common.formatting import chunk
from skills.common.prompts import ASK_SYSTEM

from .investigate import Investigator
from .research import research, research_with_sources

_LOGGER = logging.getLogger(__name__)


class AskSkill(Skill):
    def __init__(self, opsdroid, config):
        super().__init__(opsdroid, config)
        self.model = config.get("model", "gpt-4o-mini")
        self.history_turns = int(config.get("history_turns", 6))
        self.bundle = ClientBundle(config)
        self.client = openai_client(config)
        self.perplexity = perplexity_client(config)
        self.investigator = Investigator(self.bundle.anthropic)
        self.store = store_for(config.get("db_path", "/var/lib/opsdroid/memory.db"))

    async def _reply(self, message, text):
        for part in chunk(text):
            await message.respond(part)

    @match_regex(r"^ask (?P<question>.+)$", case_sensitive=False)
    async def ask(self, message):
        question = message.entities["question"]["value"]
        room = message.target or "dm"
        history = await self.store.history(room, limit=self.history_turns)
        answer = await multi_model_service.generate_response(
            prompt=question,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=ASK_SYSTEM,
            history=history,
        )
        await self.store.create(room, message.user, "user", question)
        await self.store.create(room, "opsbot", "assistant", answer)
        await self._reply(message, answer)

    @match_regex(r"^ask@(?P<backend>\w+) (?P<question>.+)$", case_sensitive=False)
    async def ask_backend(self, message):
        name = message.entities["backend"]["value"].lower()
        question = message.entities["question"]["value"]
        try:
            run = get_backend(name)
        except KeyError as exc:
            await message.respond(str(exc))
            return
        messages = [
            {"role": "system", "content": ASK_SYSTEM},
            {"role": "user", "content": question},
        ]
        answer = await run(self.bundle, None, messages)
        await self._reply(message, f"*{name}*: {answer}")

    @match_regex(r"^explain (?P<thing>.+)$", case_sensitive=False)
    async def explain(self, message):
        """Explain an error message / log line.  Older handler, predates the service."""
        thing = message.entities["thing"]["value"]
        completion = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": ASK_SYSTEM + " Explain errors for a junior engineer."},
                {"role": "user", "content": f"Explain this:\n```\n{thing}\n```"},
            ],
            max_tokens=500,
        )
        await self._reply(message, completion.choices[0].message.content)

    @match_regex(r"^research (?P<topic>.+)$", case_sensitive=False)
    async def research(self, message):
        topic = message.entities["topic"]["value"]
        await message.respond(f"Looking into _{topic}_ …")
        text = await research(self.perplexity, topic)
        await self._reply(message, text)

    @match_regex(r"^cite (?P<topic>.+)$", case_sensitive=False)
    async def cite(self, message):
        topic = message.entities["topic"]["value"]
        text, sources = await research_with_sources(self.perplexity, topic)
        links = "\n".join(f"• <{url}>" for url in sources[:5])
        await self._reply(message, f"{text}\n\n*Sources*\n{links}")

    @match_regex(r"^investigate (?P<question>.+)$", case_sensitive=False)
    async def investigate(self, message):
        question = message.entities["question"]["value"]
        await message.respond(":mag: on it…")
        answer = await self.investigator.run(question)
        await self._reply(message, answer)

    @match_regex(r"^forget( everything)?$", case_sensitive=False)
    async def forget(self, message):
        await self.store.forget(message.target or "dm")
        await message.respond("Done, I've forgotten this conversation.")
