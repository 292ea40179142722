"""DirectGUI dialogue box with typewriter text and a reply entry."""
from direct.gui.DirectGui import DGG, DirectButton, DirectEntry, DirectFrame, DirectLabel
from panda3d.core import TextNode

from game import events


class DialogueBox:
    CHARS_PER_SEC = 45.0

    def __init__(self, on_submit):
        self.on_submit = on_submit
        self.frame = DirectFrame(frameColor=(0, 0, 0, 0.75), frameSize=(-1.2, 1.2, -0.32, 0.32), pos=(0, 0, -0.62))
        self.name_label = DirectLabel(parent=self.frame, text="", scale=0.055, pos=(-1.12, 0, 0.24),
                                      text_align=TextNode.ALeft, text_fg=(1, 0.85, 0.5, 1), relief=None)
        self.body = DirectLabel(parent=self.frame, text="", scale=0.05, pos=(-1.12, 0, 0.14),
                                text_align=TextNode.ALeft, text_wordwrap=44, text_fg=(1, 1, 1, 1), relief=None)
        self.entry = DirectEntry(parent=self.frame, scale=0.05, pos=(-1.12, 0, -0.24), width=36,
                                 command=self._submit, focusInCommand=self._clear, initialText="Say something...")
        self.close_btn = DirectButton(parent=self.frame, text="x", scale=0.05, pos=(1.14, 0, 0.26),
                                      command=self.hide, relief=DGG.FLAT)
        self._full = ""
        self._shown = 0.0
        self.hide()
        base.accept(events.NPC_THINKING, self._thinking)
        base.accept(events.NPC_REPLY_CHUNK, self._chunk)
        base.accept(events.NPC_REPLY, self._reply)

    def show(self, npc):
        self.name_label["text"] = npc.name
        self.body["text"] = ""
        self._full, self._shown = "", 0.0
        self.frame.show()
        self.entry["focus"] = 1
        taskMgr.add(self._type, "dialogue-typewriter")

    def hide(self):
        self.frame.hide()
        taskMgr.remove("dialogue-typewriter")
        messenger.send("dialogue-closed")

    def _clear(self):
        self.entry.enterText("")

    def _submit(self, text):
        self.entry.enterText("")
        if text.strip():
            self.on_submit(text.strip())

    def _thinking(self, npc):
        self._full, self._shown = "", 0.0
        self.body["text"] = "..."

    def _chunk(self, npc, text):
        self._full += text

    def _reply(self, npc, text):
        self._full = text

    def _type(self, task):
        if self._shown < len(self._full):
            self._shown += globalClock.getDt() * self.CHARS_PER_SEC
            self.body["text"] = self._full[: int(self._shown)]
        return task.cont
