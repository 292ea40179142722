"""/translate <lang> <text> — quick translations for the EMEA channels."""

import logging

from botkit import CommandContext, command
from botkit.errors import UserFacingError
from botkit.llm import get_mistral_client, models, prompts

log = logging.getLogger("plugins.translate")

LANGS = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pl": "Polish", "pt": "Portuguese", "nl": "Dutch", "en": "English",
}


@command("translate", help="Translate text: /translate de Hello there")
async def translate(ctx: CommandContext):
    if len(ctx.args) < 2:
        raise UserFacingError("Usage: /translate <lang> <text>")
    code, text = ctx.args[0].lower(), ctx.text.split(None, 1)[1]
    target = LANGS.get(code)
    if target is None:
        raise UserFacingError(f"Unsupported language `{code}`. Try one of: {', '.join(LANGS)}")

    res = await get_mistral_client().chat.complete_async(
        model=models.MISTRAL_SMALL,
        messages=[
            {"role": "system", "content": prompts.TRANSLATE.format(target=target)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    await ctx.reply(res.choices[0].message.content)
