###
# Copyright (c) 2023, the #help-ops team
# All rights reserved.
#
# Redistribution and use in source and binary forms, with or without
# modification, are permitted provided that the conditions in LICENSE are met.
###

"""
LLM: channel assistant backed by large language models.

Answers questions, summarises scrollback, translates lines and (optionally)
flags abusive messages for channel ops.
"""

import sys
import supybot
from supybot import world

# Use this for the version of this plugin.
__version__ = "0.9.2"

# XXX Replace this with an appropriate author or supybot.Author instance.
__author__ = supybot.Author("Help Ops", "helpops", "helpops@example.org")

# This is a dictionary mapping supybot.Author instances to lists of
# contributions.
__contributors__ = {
    supybot.Author("Marta K", "mkow", ""): ["translate", "moderation"],
    supybot.Author("dbr", "dbr", ""): ["openrouter support"],
}

# This is a url where the most recent plugin package can be downloaded.
__url__ = "https://git.example.org/helpops/limnoria-llm"

from . import config
from . import plugin
from importlib import reload

# In case we're being reloaded.
reload(config)
reload(plugin)
# Add more reloads here if you add third-party modules and want them to be
# reloaded when this plugin is reloaded.  Don't forget to import them as well!
from .local import clients as _clients  # noqa: E402
reload(_clients)

if world.testing:
    from . import test

Class = plugin.Class
configure = config.configure


# vim:set shiftwidth=4 tabstop=4 expandtab textwidth=79:
