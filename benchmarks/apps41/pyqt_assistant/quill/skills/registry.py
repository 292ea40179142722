"""Discovers skills in the plugin folder with importlib."""
from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

from quill.skills.base import Skill

log = logging.getLogger(__name__)

DEFAULT_PLUGIN_DIR = Path(__file__).resolve().parents[2] / "plugins" / "skills"


class SkillRegistry:
    def __init__(self):
        self._skills: dict[str, Skill] = {}

    def register(self, skill_cls: type[Skill]) -> type[Skill]:
        instance = skill_cls()
        if not instance.id:
            raise ValueError(f"{skill_cls.__name__} has no id")
        if instance.id in self._skills:
            log.warning("skill %s registered twice; keeping the last one", instance.id)
        self._skills[instance.id] = instance
        return skill_cls

    def get(self, skill_id: str) -> Skill:
        return self._skills[skill_id]

    def all(self) -> list[Skill]:
        return sorted(self._skills.values(), key=lambda s: s.title)

    def __contains__(self, skill_id: str) -> bool:
        return skill_id in self._skills

    def __len__(self) -> int:
        return len(self._skills)

    def load_folder(self, folder: Path = DEFAULT_PLUGIN_DIR) -> int:
        loaded = 0
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_"):
                continue
            mod_name = f"quill_skill_{path.stem}"
            spec = importlib.util.spec_from_file_location(mod_name, path)
            if spec is None or spec.loader is None:
                continue
            module = importlib.util.module_from_spec(spec)
            sys.modules[mod_name] = module
            try:
                spec.loader.exec_module(module)
            except Exception:  # noqa: BLE001
                log.exception("failed to load skill %s", path.name)
                sys.modules.pop(mod_name, None)
                continue
            loaded += 1
        log.info("loaded %d skill modules from %s", loaded, folder)
        return loaded


registry = SkillRegistry()
