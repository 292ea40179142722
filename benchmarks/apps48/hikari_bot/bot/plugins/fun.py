"""Non-LLM fun commands. No model calls in here, keep it that way."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

import hikari
import lightbulb

plugin = lightbulb.Plugin("Fun")

EIGHT_BALL = [
    "It is certain.",
    "Ask again later.",
    "Very doubtful.",
    "Signs point to yes.",
    "My sources say no.",
    "Better not tell you now.",
]


class NameGenerator:
    ADJ = ["sleepy", "cosmic", "tiny", "feral", "sparkly", "grumpy"]
    NOUN = ["otter", "toaster", "wizard", "cactus", "comet", "goblin"]

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)

    def generate(self, with_number: bool = True) -> str:
        name = f"{self._rng.choice(self.ADJ)}-{self._rng.choice(self.NOUN)}"
        if with_number:
            name += f"-{self._rng.randint(10, 99)}"
        return name


@dataclass
class Poll:
    question: str
    options: list[str]
    votes: dict[int, int] = field(default_factory=dict)

    @classmethod
    def create(cls, question: str, raw_options: str) -> "Poll":
        opts = [o.strip() for o in raw_options.split("|") if o.strip()]
        if not 2 <= len(opts) <= 9:
            raise ValueError("polls need between 2 and 9 options")
        return cls(question, opts)

    def embed(self) -> hikari.Embed:
        body = "\n".join(f"{i + 1}\N{COMBINING ENCLOSING KEYCAP} {o}" for i, o in enumerate(self.options))
        return hikari.Embed(title=self.question, description=body, colour=0xEB459E)


names = NameGenerator()


@plugin.command
@lightbulb.option("question", "Your yes/no question", required=True)
@lightbulb.command("8ball", "Ask the magic 8-ball")
@lightbulb.implements(lightbulb.SlashCommand)
async def eight_ball(ctx: lightbulb.SlashContext) -> None:
    await ctx.respond(f"🎱 {random.choice(EIGHT_BALL)}")


@plugin.command
@lightbulb.command("nickname", "Get a random nickname", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def nickname(ctx: lightbulb.SlashContext) -> None:
    await ctx.respond(f"How about **{names.generate()}**?")


@plugin.command
@lightbulb.option("options", "Options separated by |", required=True)
@lightbulb.option("question", "Poll question", required=True)
@lightbulb.command("poll", "Create a quick reaction poll")
@lightbulb.implements(lightbulb.SlashCommand)
async def poll(ctx: lightbulb.SlashContext) -> None:
    try:
        p = Poll.create(ctx.options.question, ctx.options.options)
    except ValueError as exc:
        await ctx.respond(str(exc), flags=hikari.MessageFlag.EPHEMERAL)
        return
    resp = await ctx.respond(embed=p.embed())
    msg = await resp.message()
    for i in range(len(p.options)):
        await msg.add_reaction(f"{i + 1}\N{COMBINING ENCLOSING KEYCAP}")


@plugin.command
@lightbulb.option("name", "Thread name", required=False)
@lightbulb.command("thread", "Open a discussion thread here")
@lightbulb.implements(lightbulb.SlashCommand)
async def thread(ctx: lightbulb.SlashContext) -> None:
    name = ctx.options.name or names.generate(with_number=False)
    created = await ctx.bot.rest.create_thread(
        ctx.channel_id, hikari.ChannelType.GUILD_PUBLIC_THREAD, name, auto_archive_duration=1440
    )
    await ctx.bot.rest.create_message(created.id, f"Thread opened by {ctx.author.mention}")
    await ctx.respond(f"Opened <#{created.id}>", flags=hikari.MessageFlag.EPHEMERAL)


@plugin.command
@lightbulb.option("length", "Password length", type=int, required=False, default=16)
@lightbulb.command("password", "Generate a random password", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def password(ctx: lightbulb.SlashContext) -> None:
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*"
    rng = random.SystemRandom()
    await ctx.respond("||" + "".join(rng.choice(alphabet) for _ in range(max(8, min(ctx.options.length, 64)))) + "||")


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
