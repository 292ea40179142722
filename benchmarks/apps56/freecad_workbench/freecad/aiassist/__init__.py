"""AI Assist workbench for FreeCAD."""
import os

__version__ = "0.7.2"

ICON_PATH = os.path.join(os.path.dirname(__file__), "resources", "icons")
RESOURCE_PATH = os.path.join(os.path.dirname(__file__), "resources")


def icon(name):
    return os.path.join(ICON_PATH, name)
