"""EventSub webhooks: channel point redemptions, raids and follows.

Runs its own aiohttp listener (twitchio.ext.eventsub) next to the IRC connection.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from twitchio.ext import eventsub

from bot.llm.clients import get_groq
from bot.llm.prompts import RAID_SYSTEM, ROAST_SYSTEM
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.utils.text import clean_for_chat

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)

TTS_DIR = Path("data/tts")
REWARD_ROAST = "AI Roast"
REWARD_TTS = "Bot reads your message"
REWARD_POEM = "Poem about me"


class EventSubHandler:
    def __init__(self, bot: "ChatBot"):
        self.bot = bot
        self._anthropic = bot.anthropic
        self._openai = bot.openai
        self._groq = get_groq()
        self.client = eventsub.EventSubClient(
            bot,
            webhook_secret=bot.settings.eventsub_secret,
            callback_route=bot.settings.eventsub_callback,
        )

    async def subscribe(self) -> None:
        users = await self.bot.fetch_users(names=self.bot.settings.channels)
        for user in users:
            try:
                await self.client.subscribe_channel_points_redeemed(broadcaster=user.id)
                await self.client.subscribe_channel_raid(to_broadcaster=user.id)
                await self.client.subscribe_channel_follows_v2(broadcaster=user.id, moderator=user.id)
            except eventsub.HTTPException as exc:
                log.warning("subscription for %s failed: %s", user.name, exc)

    def _channel(self, broadcaster_name: str):
        return self.bot.get_channel(broadcaster_name.lower())

    # --- redemptions -------------------------------------------------------

    async def on_redeem(self, payload: eventsub.CustomRewardRedemptionAddUpdateData) -> None:
        data = payload.data
        title = data.reward.title
        channel = self._channel(data.broadcaster.name)
        if channel is None:
            return
        if title == REWARD_ROAST:
            await channel.send(await self.roast(data.user.name, data.input))
        elif title == REWARD_TTS:
            path = await self.tts(data.user.name, data.input)
            await channel.send(f"🔊 queued {data.user.name}'s message ({path.name})")
        elif title == REWARD_POEM:
            poem = await multi_model_service.generate_response(
                prompt=f"A four-line poem about the Twitch viewer {data.user.name}. Hint from them: {data.input}",
                task_type="redeem_poem",
                complexity=TaskComplexity.SIMPLE,
                channel=channel.name,
            )
            await channel.send(clean_for_chat(poem))

    async def roast(self, user: str, hint: str) -> str:
        msg = await self._anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=120,
            system=ROAST_SYSTEM,
            messages=[{"role": "user", "content": f"Viewer: {user}. What they told us: {hint or 'nothing'}"}],
        )
        return clean_for_chat("".join(b.text for b in msg.content if b.type == "text"))

    async def tts(self, user: str, text: str) -> Path:
        TTS_DIR.mkdir(parents=True, exist_ok=True)
        path = TTS_DIR / f"{user}_{int(asyncio.get_running_loop().time())}.mp3"
        speech = await self._openai.audio.speech.create(
            model="gpt-4o-mini-tts",
            voice="alloy",
            input=text[:300],
            response_format="mp3",
        )
        path.write_bytes(speech.content)
        return path

    # --- raids / follows -----------------------------------------------------

    async def on_raid(self, payload: eventsub.ChannelRaidData) -> None:
        data = payload.data
        channel = self._channel(data.reciever.name)
        if channel is None:
            return
        resp = await self._groq.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[
                {"role": "system", "content": RAID_SYSTEM},
                {"role": "user", "content": f"{data.raider.name} raided with {data.viewer_count} viewers"},
            ],
            max_tokens=60,
            temperature=1.1,
        )
        await channel.send(clean_for_chat(resp.choices[0].message.content or f"Welcome raiders from {data.raider.name}!"))

    async def on_follow(self, payload: eventsub.ChannelFollowData) -> None:
        data = payload.data
        channel = self._channel(data.broadcaster.name)
        if channel is None:
            return
        line = await multi_model_service.generate_response(
            prompt=f"Thank {data.user.name} for following, one short line.",
            task_type="follow_thanks",
        )
        await channel.send(clean_for_chat(line, 200))


def setup_eventsub(bot: "ChatBot") -> EventSubHandler:
    handler = EventSubHandler(bot)

    @bot.event()
    async def event_eventsub_notification_channel_reward_redeem(payload) -> None:
        await handler.on_redeem(payload)

    @bot.event()
    async def event_eventsub_notification_raid(payload) -> None:
        await handler.on_raid(payload)

    @bot.event()
    async def event_eventsub_notification_followV2(payload) -> None:
        await handler.on_follow(payload)

    bot.loop.create_task(handler.client.listen(port=bot.settings.eventsub_port))
    bot.loop.create_task(handler.subscribe())
    return handler
