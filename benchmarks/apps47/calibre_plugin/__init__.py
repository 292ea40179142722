#!/usr/bin/env python
# vim:fileencoding=UTF-8:ts=4:sw=4:sta:et:sts=4:ai
"""AI Book Assistant - calibre GUI plugin.

Writes short summaries, suggests tags and series and translates book
descriptions using a configurable LLM provider.
"""

__license__ = 'GPL v3'
__copyright__ = '2023, Marta Kowalczyk; 2024, contributors'
__docformat__ = 'restructuredtext en'

from calibre.customize import InterfaceActionBase

PLUGIN_NAME = 'AI Book Assistant'
PLUGIN_VERSION_TUPLE = (1, 7, 2)
PLUGIN_VERSION = '.'.join(str(x) for x in PLUGIN_VERSION_TUPLE)


class AIBookAssistantBase(InterfaceActionBase):
    '''
    The base class calibre loads. It must not import Qt at module level,
    everything heavy lives in ui.py (see actual_plugin).
    '''
    name = PLUGIN_NAME
    description = 'Summaries, tag/series suggestions and translations powered by LLMs'
    supported_platforms = ['windows', 'osx', 'linux']
    author = 'Marta Kowalczyk'
    version = PLUGIN_VERSION_TUPLE
    minimum_calibre_version = (6, 0, 0)

    #: This field defines the GUI plugin class that contains all the code
    #: that actually does something.
    actual_plugin = 'calibre_plugins.ai_book_assistant.ui:AIBookAssistantAction'

    def is_customizable(self):
        return True

    def config_widget(self):
        # Imported lazily so calibre can load the plugin without a GUI
        from calibre_plugins.ai_book_assistant.config import ConfigWidget
        return ConfigWidget()

    def save_settings(self, config_widget):
        config_widget.save_settings()

        # Apply the changes to the running action, if any
        ac = self.actual_plugin_
        if ac is not None:
            ac.apply_settings()
