###
# Copyright (c) 2024, the #help-ops team
###

"""
Recap: posts a daily recap of a channel and answers 'what did I miss'.

Depends on the LLM plugin being loaded (it borrows its clients and
scrollback).
"""

import supybot
from supybot import world

__version__ = "0.3.0"
__author__ = supybot.Author("Marta K", "mkow", "mkow@example.org")
__contributors__ = {}
__url__ = "https://git.example.org/helpops/limnoria-llm"

from . import config
from . import plugin
from importlib import reload

reload(config)
reload(plugin)

if world.testing:
    from . import test

Class = plugin.Class
configure = config.configure
