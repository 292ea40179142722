# -*- coding: utf-8 -*-
"""Entry point declared in addon.xml. Kodi calls us with sys.argv = [base_url, handle, query]."""
import os
import sys

import xbmcaddon

ADDON_PATH = xbmcaddon.Addon().getAddonInfo("path")
sys.path.insert(0, os.path.join(ADDON_PATH))

from resources.lib import plugin  # noqa: E402

if __name__ == "__main__":
    plugin.run(sys.argv)
