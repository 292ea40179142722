"""!claude and !think — talk to Anthropic directly.

TODO: move to the provider registry like !ask (needs tool-use support there first).
"""
from __future__ import annotations

from bot.context import CommandContext
from bot.llm.prompts import DEFAULT_SYSTEM
from bot.router import router

THINKING_BUDGET = 4000


@router.command("claude", help="!claude <message> — ask Claude", aliases=("c",))
async def claude(ctx: CommandContext) -> None:
    conv = ctx.bot.store.get(ctx.room_id)
    history = [m for m in conv.messages(limit=12) if m["role"] != "system"]
    message = await ctx.bot.anthropic.messages.create(
        model=ctx.bot.config.claude_model,
        max_tokens=1500,
        system=conv.system_prompt or DEFAULT_SYSTEM,
        messages=history + [{"role": "user", "content": ctx.args}],
    )
    text = "".join(b.text for b in message.content if b.type == "text")
    conv.add("user", ctx.args, sender=ctx.sender)
    conv.add("assistant", text)
    await ctx.reply(text)


@router.command("think", help="!think <problem> — Claude with extended thinking (slow)")
async def think(ctx: CommandContext) -> None:
    await ctx.reply("_thinking…_", markdown=True)
    anthropic_client = ctx.bot.anthropic
    async with anthropic_client.messages.stream(
        model="claude-3-7-sonnet-20250219",
        max_tokens=THINKING_BUDGET + 2000,
        thinking={"type": "enabled", "budget_tokens": THINKING_BUDGET},
        messages=[{"role": "user", "content": ctx.args}],
    ) as stream:
        final = await stream.get_final_message()
    answer = "".join(b.text for b in final.content if b.type == "text")
    await ctx.reply(answer)


WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather for a city.",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


async def _lookup_weather(city: str) -> str:
    import httpx

    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.get(f"https://wttr.in/{city}", params={"format": "3"})
    return r.text.strip()


@router.command("weather", help="!weather <question> — Claude with a weather tool")
async def weather(ctx: CommandContext) -> None:
    messages = [{"role": "user", "content": ctx.args}]
    for _ in range(3):
        response = await ctx.bot.anthropic.messages.create(
            model=ctx.bot.config.claude_model,
            max_tokens=800,
            tools=[WEATHER_TOOL],
            messages=messages,
        )
        if response.stop_reason != "tool_use":
            break
        messages.append({"role": "assistant", "content": response.content})
        results = []
        for block in response.content:
            if block.type == "tool_use" and block.name == "get_weather":
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": await _lookup_weather(block.input["city"]),
                    }
                )
        messages.append({"role": "user", "content": results})
    await ctx.reply("".join(b.text for b in response.content if b.type == "text"))
