"""Guest arrives → spoken welcome in the hallway. Local model only (privacy: guest names)."""
import ollama
import appdaemon.plugins.hass.hassapi as hass

from lib import prompts

LOCAL_MODEL = "llama3.1:8b"


class GuestGreeter(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.listen_state(self.arrived, self.args["guest_person"], new="home")
        self.run_in(self.check_model, 30)

    def check_model(self, kwargs):
        try:
            names = [m["model"] for m in ollama.list()["models"]]
        except Exception as exc:  # ollama down at boot is normal
            self.log(f"ollama not reachable: {exc}", level="WARNING")
            return
        if LOCAL_MODEL not in names:
            self.log(f"{LOCAL_MODEL} missing on the ollama host, pulling")
            ollama.pull(LOCAL_MODEL)

    def arrived(self, entity, attribute, old, new, kwargs):
        name = self.get_state(entity, attribute="friendly_name") or "guest"
        prompt = prompts.GREETING.substitute(name=name, time=prompts.stamp())
        try:
            result = ollama.generate(model=LOCAL_MODEL, prompt=prompt, options={"temperature": 0.8})
            text = result["response"].strip()
        except ollama.ResponseError:
            # the default client talks to localhost; retry on the NAS through the hub's client
            result = self.hub.ollama.generate(model=self.hub.model_for("ollama"), prompt=prompt)
            text = result["response"].strip()
        self.call_service("tts/speak", entity_id="tts.piper", media_player_entity_id=self.args["speaker"],
                          message=text)
