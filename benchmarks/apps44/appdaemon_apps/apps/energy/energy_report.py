"""Weekly energy report (Sunday evening), posted as a persistent notification.

Goes through the finops gateway (multi_model_service). The chart caption is a Gemini call
wrapped in llm_tracker until the gateway supports images.
"""
from datetime import datetime, timedelta

import appdaemon.plugins.hass.hassapi as hass

from lib import TaskComplexity, llm_tracker, multi_model_service, prompts
from lib.history import daily_table

CHART_PATH = "/config/www/energy_week.png"


class EnergyReport(hass.Hass):

    async def initialize(self):
        self.hub = await self.get_app("llm_hub")
        day = self.args.get("report_day", "sun")
        await self.run_daily(self.weekly, "19:00:00", constrain_days=day)
        await self.listen_event(self.weekly_event, "energy_report_now")

    async def weekly_event(self, event_name, data, kwargs):
        await self.weekly({})

    async def _daily_values(self, entity_id):
        end = datetime.now()
        rows = []
        for offset in range(7, 0, -1):
            day = end - timedelta(days=offset)
            hist = await self.get_history(entity_id=entity_id, start_time=day, end_time=day + timedelta(days=1))
            value = 0.0
            if hist and hist[0]:
                try:
                    value = float(hist[0][-1]["state"])
                except (ValueError, KeyError):
                    pass
            rows.append((day.strftime("%a"), value))
        return rows

    async def weekly(self, kwargs):
        usage = await self._daily_values(self.args["energy_sensor"])
        solar = await self._daily_values(self.args["solar_sensor"])
        prompt = prompts.ENERGY_REPORT.substitute(table=daily_table(usage), solar=daily_table(solar))
        report = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="report",
            complexity=TaskComplexity.MODERATE,
            feature_context="energy_weekly",
        )
        caption = await self._chart_caption()
        await self.call_service(
            "persistent_notification/create",
            title="Energy this week",
            message=f"{report}\n\n![chart](/local/energy_week.png)\n_{caption}_",
            notification_id="energy_weekly",
        )

    async def _chart_caption(self):
        try:
            with open(CHART_PATH, "rb") as fh:
                image = fh.read()
        except FileNotFoundError:
            return ""
        from google.genai import types

        model = self.hub.model_for("gemini")
        async with llm_tracker.track_llm_call(provider="google", model=model,
                                              feature_context="energy_chart_caption") as usage_log:
            resp = await self.hub.gemini.aio.models.generate_content(
                model=model,
                contents=[types.Part.from_bytes(data=image, mime_type="image/png"),
                          "One sentence caption for this energy chart."],
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count
        return (resp.text or "").strip()
