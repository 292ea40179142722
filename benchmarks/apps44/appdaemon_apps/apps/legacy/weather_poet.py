"""Weather haiku on the dashboard. DISABLED (not in apps.yaml) since the openai 1.x upgrade.

Kept because Lena wants to port it to the hub some day. Uses the pre-1.0 openai API.
"""
import openai
import appdaemon.plugins.hass.hassapi as hass


class WeatherPoet(hass.Hass):

    def initialize(self):
        openai.api_key = self.args["openai_api_key"]
        self.listen_state(self.on_weather, "weather.home")

    def on_weather(self, entity, attribute, old, new, kwargs):
        if old == new:
            return
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": f"Write a haiku about the weather: {new}"}],
            temperature=0.9,
        )
        poem = completion["choices"][0]["message"]["content"]
        self.set_state("sensor.weather_haiku", state=poem[:250], attributes={"full": poem})
