"""Post-mortem drafting with Claude."""
import logging

from skills.common.prompts import POSTMORTEM_SYSTEM, POSTMORTEM_USER, render
from skills.common.tokens import anthropic_prompt_tokens, truncate_to_budget

_LOGGER = logging.getLogger(__name__)

MAX_TRANSCRIPT_TOKENS = 60_000


class PostmortemDrafter:
    def __init__(self, client, model):
        self.client = client
        self.model = model

    def _messages(self, title, severity, transcript):
        transcript = truncate_to_budget(transcript, MAX_TRANSCRIPT_TOKENS)
        return [
            {
                "role": "user",
                "content": render(POSTMORTEM_USER, title=title, severity=severity, transcript=transcript),
            }
        ]

    async def prompt_size(self, title, severity, transcript):
        return await anthropic_prompt_tokens(
            self.client, self.model, POSTMORTEM_SYSTEM, self._messages(title, severity, transcript)
        )

    async def draft(self, title, severity, transcript, on_progress=None):
        """Stream the draft so we can show progress in the channel."""
        text = []
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=4000,
            system=POSTMORTEM_SYSTEM,
            messages=self._messages(title, severity, transcript),
        ) as stream:
            async for delta in stream.text_stream:
                text.append(delta)
                if on_progress and len(text) % 200 == 0:
                    await on_progress(len("".join(text)))
            final = await stream.get_final_message()
        _LOGGER.info(
            "postmortem draft: %s in / %s out tokens",
            final.usage.input_tokens,
            final.usage.output_tokens,
        )
        return "".join(text)

    async def action_items(self, draft):
        resp = await self.client.messages.create(
            model=self.model,
            max_tokens=800,
            system="Extract the action items as a JSON list of {owner, task, due}. JSON only.",
            messages=[{"role": "user", "content": draft}],
        )
        return resp.content[0].text
