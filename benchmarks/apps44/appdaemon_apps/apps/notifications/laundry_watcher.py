"""Washer finished → notification. Joke generator is the hub's groq backend via hub.chat()."""
import appdaemon.plugins.hass.hassapi as hass

IDLE_WATTS = 3.0


class LaundryWatcher(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.running = False
        self.listen_state(self.power_changed, self.args["power_sensor"])

    def power_changed(self, entity, attribute, old, new, kwargs):
        try:
            watts = float(new)
        except (TypeError, ValueError):
            return
        if watts > 20 and not self.running:
            self.running = True
            self.log("washer started")
        elif watts < IDLE_WATTS and self.running:
            self.running = False
            self.run_in(self.announce_done, 120)

    def announce_done(self, kwargs):
        # hub.chat is our own wrapper (goes to the hub's backend), not an SDK call
        line = self.hub.chat(
            "The washing machine just finished. Write a short playful reminder to hang the laundry.",
            provider="groq",
            max_tokens=40,
        )
        self.call_service(f"notify/{self.args['notify_target']}", title="Laundry done", message=line)
