"""Greets people when they arrive home: a short spoken welcome on the hallway speaker that
mentions anything they should know (package at the door, washing done, temperature)."""
import ai
from ai.prompts import HOUSE_SYSTEM

HALLWAY = "media_player.hallway_speaker"
PEOPLE = {"person.alex": "Alex", "person.sam": "Sam"}
GREET_PROVIDER = "groq"


def _news():
    items = []
    if state.get("binary_sensor.package_at_door") == "on":
        items.append("there is a package at the front door")
    if state.get("sensor.washer_state") == "done":
        items.append("the washing machine has finished")
    inside = state.get("sensor.living_room_temperature")
    items.append(f"it is {inside} degrees in the living room")
    return items


@state_trigger("person.alex == 'home'", "person.sam == 'home'")
async def greet_on_arrival(var_name=None, value=None, old_value=None):
    if old_value == "home":
        return
    task.unique(f"greet_{var_name}")
    await task.sleep(45)  # give them time to get through the door
    name = PEOPLE.get(var_name, "there")
    prompt = f"Welcome {name} home in one sentence and mention: {'; '.join(_news())}."
    greet = ai.PROVIDERS[GREET_PROVIDER]
    text = task.executor(greet, prompt, system=HOUSE_SYSTEM, max_tokens=60)
    speech = await ai.get_async_openai().audio.speech.create(model="gpt-4o-mini-tts", voice="coral", input=text,
                                                             instructions="Warm and upbeat.")
    path = f"/config/www/tts/greet_{name.lower()}.mp3"
    task.executor(speech.write_to_file, path)
    service.call("media_player", "play_media", entity_id=HALLWAY,
                 media_content_id=f"/local/tts/greet_{name.lower()}.mp3", media_content_type="music",
                 announce=True)
