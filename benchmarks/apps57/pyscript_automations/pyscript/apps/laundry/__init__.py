"""Laundry done detection: washer power drops below threshold for 3 minutes -> announce.
No AI here; uses the briefing voice via the shared TTS helper when someone is home."""
import ai.speech

cfg = pyscript.app_config or {}
WASHER = cfg.get("washer_power", "sensor.washer_power")
THRESHOLD = float(cfg.get("idle_watts", 4))


class CycleLog:
    def __init__(self):
        self.cycles = []

    def create(self, started, finished):
        entry = {"started": started, "finished": finished}
        self.cycles.append(entry)
        return entry


cycles = CycleLog()
_started = None


@state_trigger(f"float({WASHER}) > 50")
def washer_started():
    global _started
    if _started is None:
        _started = state.get("sensor.date_time_iso")


@state_trigger(f"float({WASHER}) < {THRESHOLD}", state_hold=180)
def washer_done():
    global _started
    if _started is None:
        return
    cycles.create(_started, state.get("sensor.date_time_iso"))
    _started = None
    if state.get("group.family") == "home":
        url = task.executor(ai.speech.synthesize_to_file, "The washing machine is done.", "shimmer")
        service.call("media_player", "play_media", entity_id="media_player.kitchen_speaker",
                     media_content_id=url, media_content_type="music", announce=True)
    else:
        service.call("notify", "family_phones", title="Laundry", message="The washing machine is done.")
