"""Helpers shared by the scripts for building notification payloads."""

PERSON_TARGETS = {
    "person.alex": "mobile_app_alex_pixel",
    "person.sam": "mobile_app_sams_iphone",
}


def actionable(title, message, actions=None, image=None, tag=None):
    data = {"title": title, "message": message, "data": {}}
    if actions:
        data["data"]["actions"] = [{"action": a.upper().replace(" ", "_"), "title": a} for a in actions]
    if image:
        data["data"]["image"] = image
    if tag:
        data["data"]["tag"] = tag
    return data


def targets_for(home_people):
    return [PERSON_TARGETS[p] for p in home_people if p in PERSON_TARGETS]


def shorten(text, limit=180):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
