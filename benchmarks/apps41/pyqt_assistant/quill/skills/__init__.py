from quill.skills.base import Skill, SkillContext
from quill.skills.registry import SkillRegistry, registry

__all__ = ["Skill", "SkillContext", "SkillRegistry", "registry"]
