"""AI Studio Helpers - Blender extension entry point.

Blender imports this package and calls register()/unregister(). Everything
that touches the network lives under ``ai/``; operators only schedule work.
"""

import importlib

import bpy

from . import preferences, properties
from .operators import asset_search, chat, describe_scene, diagnostics, generate_script, name_materials, texture
from .panels import main_panel, chat_panel

_MODULES = (
    preferences,
    properties,
    describe_scene,
    generate_script,
    name_materials,
    texture,
    chat,
    asset_search,
    diagnostics,
    main_panel,
    chat_panel,
)


def _reload_submodules():
    # Handy when hacking with "Reload Scripts" (F3 -> Reload Scripts)
    for mod in _MODULES:
        importlib.reload(mod)


def _all_classes():
    classes = []
    for mod in _MODULES:
        classes.extend(getattr(mod, "CLASSES", ()))
    return classes


def register():
    for cls in _all_classes():
        bpy.utils.register_class(cls)
    properties.attach()
    from .ai import tasks

    tasks.ensure_pump_registered()


def unregister():
    from .ai import tasks

    tasks.shutdown()
    properties.detach()
    for cls in reversed(_all_classes()):
        bpy.utils.unregister_class(cls)
