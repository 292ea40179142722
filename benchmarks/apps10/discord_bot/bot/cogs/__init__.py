"""Each module in this package is a discord.py extension with an async ``setup(bot)``."""
