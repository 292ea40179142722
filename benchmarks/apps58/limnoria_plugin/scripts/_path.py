"""Make plugins/ importable from scripts without installing anything."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGINS = os.path.join(os.path.dirname(HERE), "plugins")
if PLUGINS not in sys.path:
    sys.path.insert(0, PLUGINS)
