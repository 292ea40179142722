EXTENSIONS = (
    "discord_bot.cogs.chat",
    "discord_bot.cogs.voice",
    "discord_bot.cogs.moderation",
    "discord_bot.cogs.imagine",
    "discord_bot.cogs.recap",
)
