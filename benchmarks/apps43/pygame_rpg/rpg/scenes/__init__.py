from rpg.scenes.base import Scene
from rpg.scenes.manager import SceneManager

__all__ = ["Scene", "SceneManager"]
