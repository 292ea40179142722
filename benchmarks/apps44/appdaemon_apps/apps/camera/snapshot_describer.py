"""Motion on a camera → grab a snapshot → describe it → notify with the picture.

Backend is configurable (gemini | openai | ollama). Ollama runs on the NAS and is free, so it is
also used to pre-filter: if the local model says NOTHING we don't spend money on the cloud one.
"""
import datetime as dt

import appdaemon.plugins.hass.hassapi as hass
import httpx

from lib import settings

import vision


class CameraDescriber(hass.Hass):

    async def initialize(self):
        self.hub = await self.get_app("llm_hub")
        self.cameras = self.args["cameras"]
        self.backend = self.args.get("backend", "gemini")
        self.cooldown = int(self.args.get("cooldown", 90))
        self._last = {}
        for camera, motion_sensor in self.cameras.items():
            await self.listen_state(self.on_motion, motion_sensor, new="on", camera=camera)

    async def on_motion(self, entity, attribute, old, new, kwargs):
        camera = kwargs["camera"]
        now = dt.datetime.now()
        if camera in self._last and (now - self._last[camera]).total_seconds() < self.cooldown:
            return
        self._last[camera] = now
        image = await self._snapshot(camera)
        if image is None:
            return

        prefilter = await vision.describe_ollama(self.hub.aollama, image, prompt="Is there a person, "
                                                 "vehicle or animal in this picture? Reply NOTHING if not.")
        if vision.is_nothing(prefilter):
            self.log(f"{camera}: local model saw nothing", level="DEBUG")
            return

        description = await self._describe(image)
        if vision.is_nothing(description):
            return
        await self.call_service(
            f"notify/{self.args['notify_target']}",
            title=await self.friendly_name(camera),
            message=description,
            data={"image": f"/api/camera_proxy/{camera}", "entity_id": camera},
        )
        await self.set_state(f"sensor.{camera.split('.')[1]}_last_description", state=description[:250])

    async def _describe(self, image):
        if self.backend == "openai":
            return await vision.describe_openai(self.hub.aopenai, image, model=self.hub.model_for("openai"))
        if self.backend == "ollama":
            return await vision.describe_ollama(self.hub.aollama, image)
        if self.backend == "gemini_sync":
            # old path, blocks the loop; kept for the comparison dashboard
            return await self.run_in_executor(self.hub.describe_image, image)
        return await vision.describe_gemini(self.hub.gemini, image, model=self.hub.model_for("gemini"))

    async def _snapshot(self, camera):
        token = self.args.get("ha_token") or settings.secret("ha_token")
        async with httpx.AsyncClient(timeout=10) as http:
            resp = await http.get(
                f"{settings.HA_URL}/api/camera_proxy/{camera}",
                headers={"Authorization": f"Bearer {token}"},
            )
        if resp.status_code != 200:
            self.log(f"snapshot for {camera} failed: {resp.status_code}", level="WARNING")
            return None
        return resp.content
