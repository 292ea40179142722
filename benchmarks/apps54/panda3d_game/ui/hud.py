"""HUD: gold, quest tracker, bark bubbles, error toasts."""
from direct.gui.OnscreenText import OnscreenText
from panda3d.core import TextNode

from game import events


class HUD:
    def __init__(self):
        self.gold = OnscreenText(text="0 g", pos=(1.25, 0.9), scale=0.05, align=TextNode.ARight, mayChange=True)
        self.quest = OnscreenText(text="", pos=(-1.3, 0.9), scale=0.045, align=TextNode.ALeft, mayChange=True)
        self.toast = OnscreenText(text="", pos=(0, 0.7), scale=0.05, fg=(1, 0.4, 0.4, 1), mayChange=True)
        self.bark = OnscreenText(text="", pos=(0, 0.4), scale=0.045, fg=(0.9, 0.9, 0.7, 1), mayChange=True)
        base.accept(events.QUEST_ACCEPTED, self._quest)
        base.accept(events.AI_ERROR, self._error)
        base.accept(events.BARK, self._bark)
        taskMgr.add(self._update, "hud-update")

    def _quest(self, quest):
        self.quest.setText(f"{quest.title}: {quest.summary}")

    def _error(self, message):
        self.toast.setText("The townsfolk seem distracted... (AI unavailable)")
        taskMgr.doMethodLater(3.0, lambda t: self.toast.setText(""), "clear-toast")

    def _bark(self, npc, line):
        self.bark.setText(f"{npc.name}: {line}")
        taskMgr.doMethodLater(4.0, lambda t: self.bark.setText(""), "clear-bark")

    def _update(self, task):
        self.gold.setText(f"{base.inventory.gold} g")
        return task.cont
