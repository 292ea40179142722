"""Generates a seasonal wallpaper for the wall tablet once a week (disabled by default; it is
the most expensive thing we run)."""
import base64
import datetime

import ai

cfg = pyscript.app_config or {}
ENABLED = cfg.get("enabled", False)
OUT = "/config/www/wallpaper.png"


def _season(today):
    return ["winter", "spring", "summer", "autumn"][(today.month % 12) // 3]


class WallpaperPrompt:
    """Builds the image prompt; .create() has nothing to do with the OpenAI API."""

    def __init__(self, style="soft watercolor"):
        self.style = style

    def create(self, today, weather_state):
        return (f"A cozy {self.style} illustration of a Dutch house in {_season(today)}, "
                f"{weather_state} weather, no text, wide 16:9 composition")


@time_trigger("cron(0 4 * * 1)")
def weekly_wallpaper():
    if not ENABLED:
        return
    prompt = WallpaperPrompt().create(datetime.date.today(), state.get("weather.home"))
    result = task.executor(ai.get_openai().images.generate, model="gpt-image-1", prompt=prompt,
                           size="1536x1024", quality="medium")
    with open(OUT, "wb") as fh:
        fh.write(base64.b64decode(result.data[0].b64_json))
    service.call("browser_mod", "refresh", browser_id="wall_tablet")
