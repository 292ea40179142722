"""Loading screen with a generated 'tip of the day' (Gemini, async task)."""
import logging

from direct.gui.DirectGui import DirectFrame
from direct.gui.OnscreenText import OnscreenText

from ai.clients import get_genai_client

log = logging.getLogger("hollowmere.loading")

DEFAULT_TIP = "Tip: Fishers know more than they say. Buy them a drink."


class LoadingScreen:
    def __init__(self):
        self.frame = DirectFrame(frameColor=(0.05, 0.05, 0.08, 1), frameSize=(-2, 2, -1, 1))
        self.title = OnscreenText(parent=self.frame, text="Hollowmere", scale=0.12, pos=(0, 0.2), fg=(1, 1, 1, 1))
        self.tip = OnscreenText(parent=self.frame, text=DEFAULT_TIP, scale=0.045, pos=(0, -0.6),
                                fg=(0.8, 0.8, 0.8, 1), wordwrap=40, mayChange=True)
        taskMgr.add(self._fetch_tip, "loading-tip")

    async def _fetch_tip(self, task):
        # Panda3D tasks can be coroutines; the genai aio client awaits fine here
        try:
            resp = await get_genai_client().aio.models.generate_content(
                model="gemini-2.0-flash-lite",
                contents="One short gameplay tip for a fantasy RPG set in a foggy lake town.",
            )
            if resp.text:
                self.tip.setText("Tip: " + resp.text.strip())
        except Exception:  # noqa: BLE001
            log.info("tip generation unavailable")
        return task.done

    def destroy(self):
        taskMgr.remove("loading-tip")
        self.frame.destroy()
