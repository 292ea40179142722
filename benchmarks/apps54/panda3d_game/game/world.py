"""Terrain, day/night cycle, player avatar, microphone capture."""
from panda3d.core import AmbientLight, DirectionalLight, Fog, NodePath, Vec4


class Microphone:
    """Push-to-talk capture; filled by the audio callback in native code."""

    def __init__(self):
        self._clip = b""

    def feed(self, pcm: bytes) -> None:
        self._clip = pcm

    def last_clip(self) -> bytes:
        clip, self._clip = self._clip, b""
        return clip


class World:
    DAY_LENGTH = 600.0

    def __init__(self, render: NodePath):
        self.render = render
        self.time = 0.25 * self.DAY_LENGTH
        self.mic = Microphone()
        self.terrain = base.loader.loadModel("models/hollowmere_town")
        self.terrain.reparentTo(render)
        self.sun = render.attachNewNode(DirectionalLight("sun"))
        self.sun.setHpr(45, -60, 0)
        render.setLight(self.sun)
        self.ambient = render.attachNewNode(AmbientLight("ambient"))
        render.setLight(self.ambient)
        self.fog = Fog("lake-fog")
        self.fog.setColor(0.6, 0.65, 0.7)
        self.fog.setExpDensity(0.02)
        render.setFog(self.fog)

    def spawn_player(self) -> NodePath:
        player = base.loader.loadModel("models/player")
        player.reparentTo(self.render)
        player.setPos(0, 0, 0)
        base.camera.reparentTo(player)
        base.camera.setPos(0, -12, 5)
        return player

    def tick(self, dt: float) -> None:
        self.time = (self.time + dt) % self.DAY_LENGTH
        t = self.time / self.DAY_LENGTH
        brightness = max(0.15, 1.0 - abs(t - 0.5) * 2)
        self.sun.node().setColor(Vec4(brightness, brightness * 0.95, brightness * 0.85, 1))
        self.ambient.node().setColor(Vec4(0.2, 0.2, 0.25, 1) * (0.5 + brightness / 2))

    def time_of_day_name(self) -> str:
        t = self.time / self.DAY_LENGTH
        if t < 0.2 or t > 0.85:
            return "night"
        if t < 0.35:
            return "morning"
        if t < 0.65:
            return "afternoon"
        return "evening"
